import type { EmbeddingPair } from "./embedding-trainer";
import type { RerankRow } from "./rerank-trainer";
import { seededRandom, shuffled } from "./rng";

/**
 * A deterministic help-desk fixture for the fine-tuning trainers: a knowledge base of IT support
 * articles (12 products × 4 issues, each with its error code) and the questions employees ask about
 * them, in their own words: product nicknames, symptoms, the code when they saw one. Same seed, same
 * rows. Not noise: the right article shares the code and the symptom with the question, the wrong ones
 * of the same product share only its vocabulary, which is what a base reranker or embedding confuses.
 */

type Issue = { code: string; title: string; symptoms: string[]; fix: string };
type Product = { name: string; nicknames: string[]; issues: Issue[] };

const PRODUCTS: Product[] = [
  {
    name: "VPN client",
    nicknames: ["the VPN", "GlobalProtect", "the tunnel", "remote access"],
    issues: [
      {
        code: "1042",
        title: "certificate expired",
        symptoms: [
          "says my certificate is no longer valid",
          "rejects me with a certificate warning",
          "stopped trusting my laptop",
        ],
        fix: "Your device certificate expired. Open Company Portal, choose Sync, then restart the VPN client so it requests a new certificate.",
      },
      {
        code: "2210",
        title: "disconnects every few minutes",
        symptoms: [
          "keeps dropping every few minutes",
          "disconnects on hotel wifi",
          "loses the connection whenever I lock the screen",
        ],
        fix: "Frequent drops come from aggressive power saving on the network adapter. Disable power saving for the adapter and switch the VPN protocol to TCP in settings.",
      },
      {
        code: "3307",
        title: "cannot reach internal sites",
        symptoms: [
          "connects but intranet pages never load",
          "is connected yet the wiki times out",
          "shows connected but internal tools are unreachable",
        ],
        fix: "A connected tunnel without internal sites means split DNS failed. Run ipconfig /flushdns and reconnect; if it persists, reinstall the DNS profile.",
      },
      {
        code: "4120",
        title: "MFA prompt never arrives",
        symptoms: [
          "waits forever for the push notification",
          "never sends the second factor prompt",
          "hangs at the authentication step",
        ],
        fix: "The MFA push was blocked by an outdated authenticator app. Update the authenticator, re-register the device, and use the one-time code as a fallback.",
      },
    ],
  },
  {
    name: "Outlook mail",
    nicknames: ["Outlook", "my mailbox", "email", "the mail app"],
    issues: [
      {
        code: "0x800CCC0E",
        title: "cannot connect to server",
        symptoms: [
          "cannot connect to the server",
          "is stuck offline",
          "shows disconnected in the status bar",
        ],
        fix: "Outlook lost its server profile. Remove the account under File, Account Settings, add it again, and let Autodiscover rebuild it.",
      },
      {
        code: "5521",
        title: "mailbox full",
        symptoms: [
          "bounces messages because I am over quota",
          "says my mailbox is full",
          "refuses to send large attachments",
        ],
        fix: "Your mailbox reached its 50 GB quota. Empty Deleted Items, archive old folders with Online Archive, and move attachments to the shared drive.",
      },
      {
        code: "5580",
        title: "calendar invites not syncing",
        symptoms: [
          "does not show meeting invites on my phone",
          "calendar is out of sync with the web",
          "misses updated meeting times",
        ],
        fix: "Calendar sync breaks when a delegate holds a stale copy. Remove and re-add delegates, then run the calendar repair tool.",
      },
      {
        code: "5603",
        title: "search returns nothing",
        symptoms: [
          "search finds nothing",
          "cannot find old messages with search",
          "search results are empty",
        ],
        fix: "The local search index is corrupted. Rebuild it under Indexing Options and leave Outlook open until indexing finishes.",
      },
    ],
  },
  {
    name: "office Wi-Fi",
    nicknames: ["the wifi", "CorpNet wireless", "the wireless network", "office internet"],
    issues: [
      {
        code: "6001",
        title: "authentication failed",
        symptoms: ["rejects my password", "keeps asking me to sign in again", "says authentication failed"],
        fix: "CorpNet uses your network password; after a password change the saved profile is stale. Forget the network and join again with the new password.",
      },
      {
        code: "6014",
        title: "connected without internet",
        symptoms: [
          "is connected but nothing loads",
          "has no internet even with full bars",
          "shows connected with a yellow warning",
        ],
        fix: "You joined the guest network, which needs the captive portal. Switch to CorpNet or accept the terms in the browser portal.",
      },
      {
        code: "6027",
        title: "slow in meeting rooms",
        symptoms: [
          "crawls in the big meeting rooms",
          "is slow on the fourth floor",
          "drops video calls in conference rooms",
        ],
        fix: "Meeting rooms use the 5 GHz band. Turn on the 5 GHz preference in adapter settings and report the room to facilities if it persists.",
      },
      {
        code: "6033",
        title: "new device cannot join",
        symptoms: [
          "will not let my new phone join",
          "does not show up on my new tablet",
          "refuses my personal laptop",
        ],
        fix: "Only enrolled devices may join CorpNet. Enroll the device in Company Portal first; personal devices use the guest network.",
      },
    ],
  },
  {
    name: "printer",
    nicknames: ["the printer", "the copier", "the print queue", "follow-me printing"],
    issues: [
      {
        code: "7101",
        title: "job stuck in queue",
        symptoms: [
          "holds my job in the queue forever",
          "shows my document as pending",
          "never prints what I send",
        ],
        fix: "Stuck jobs block the queue. Cancel them in Print Management and release the job again from the follow-me kiosk.",
      },
      {
        code: "7115",
        title: "badge not recognised at printer",
        symptoms: ["does not recognise my badge", "beeps when I tap my card", "asks for a PIN I never set"],
        fix: "The printer links badges once. Tap the badge, enter your network login when prompted, and the badge is remembered from then on.",
      },
      {
        code: "7122",
        title: "prints blank pages",
        symptoms: ["prints blank pages", "gives me empty sheets", "prints faded pages"],
        fix: "Blank pages mean an empty or unseated toner cartridge. Reseat the cartridge; replacement toner is in the supply cabinet by the kitchen.",
      },
      {
        code: "7140",
        title: "driver missing",
        symptoms: ["is not in my list of printers", "driver is unavailable", "cannot be added on my laptop"],
        fix: "Install the universal print driver from Software Center, then add the printer by its queue name printed on the front panel.",
      },
    ],
  },
  {
    name: "laptop battery",
    nicknames: ["my laptop", "the battery", "my notebook", "the charger"],
    issues: [
      {
        code: "8012",
        title: "battery drains fast",
        symptoms: ["dies in two hours", "battery drains overnight while asleep", "loses charge very quickly"],
        fix: "Fast drain usually comes from background sync. Check Battery Usage, quit the heavy apps, and enable battery saver below 30 percent.",
      },
      {
        code: "8026",
        title: "plugged in not charging",
        symptoms: [
          "says plugged in, not charging",
          "will not charge from the dock",
          "stays at the same percentage on the charger",
        ],
        fix: "Charging pauses when the dock supplies too little power. Use the 65 W charger directly and update the dock firmware.",
      },
      {
        code: "8031",
        title: "overheating fan noise",
        symptoms: ["gets very hot and loud", "fan runs all the time", "is burning hot on my lap"],
        fix: "Overheating comes from blocked vents or a runaway process. Use the laptop on a hard surface and end processes above 50 percent CPU.",
      },
      {
        code: "8045",
        title: "battery swollen",
        symptoms: ["touchpad is bulging", "case no longer closes flat", "battery looks swollen"],
        fix: "A swollen battery is a safety risk. Stop using the laptop, do not charge it, and bring it to the IT bar for a replacement.",
      },
    ],
  },
  {
    name: "single sign-on",
    nicknames: ["SSO", "my login", "Okta", "my network password"],
    issues: [
      {
        code: "9003",
        title: "account locked",
        symptoms: [
          "locked me out after too many tries",
          "says my account is locked",
          "will not accept my password anymore",
        ],
        fix: "Accounts lock after five failed attempts and unlock after 15 minutes. Use self-service unlock at the password portal to unlock at once.",
      },
      {
        code: "9017",
        title: "password expired",
        symptoms: [
          "forces me to change my password",
          "says my password expired",
          "reminds me my password is about to expire",
        ],
        fix: "Passwords expire every 90 days. Change it at the password portal, then sign in again on your phone and laptop so saved copies update.",
      },
      {
        code: "9024",
        title: "new phone for MFA",
        symptoms: [
          "needs my old phone that I no longer have",
          "cannot send codes to my new phone",
          "lost my authenticator when I switched phones",
        ],
        fix: "Move MFA to a new phone by signing in to the security info page with a temporary access pass from the service desk.",
      },
      {
        code: "9038",
        title: "app says access denied",
        symptoms: [
          "says I am not assigned to the app",
          "denies access to the finance app",
          "gives an access denied page after login",
        ],
        fix: "Access denied means you are not in the app's group. Request access in the access portal; your manager approves it.",
      },
    ],
  },
  {
    name: "Teams calls",
    nicknames: ["Teams", "video calls", "my headset in meetings", "the meeting app"],
    issues: [
      {
        code: "1130",
        title: "others cannot hear me",
        symptoms: ["nobody can hear me", "mutes my microphone by itself", "picks the wrong microphone"],
        fix: "Teams picked another microphone. Open Devices in settings, select your headset, and run a test call.",
      },
      {
        code: "1144",
        title: "camera not detected",
        symptoms: ["does not find my camera", "shows a black video", "says no camera available"],
        fix: "Another app holds the camera, or privacy settings block it. Close other video apps and allow camera access in privacy settings.",
      },
      {
        code: "1152",
        title: "choppy audio",
        symptoms: ["sounds robotic", "audio cuts in and out", "freezes the video constantly"],
        fix: "Choppy audio comes from the network. Move to a wired connection or CorpNet 5 GHz and turn off incoming video on large calls.",
      },
      {
        code: "1167",
        title: "cannot share screen",
        symptoms: ["will not share my screen", "shares a black window", "greys out the share button"],
        fix: "Screen sharing needs the screen recording permission. Grant it to Teams in system settings and restart Teams.",
      },
    ],
  },
  {
    name: "expense app",
    nicknames: ["Concur", "the expense tool", "expense reports", "my reimbursement"],
    issues: [
      {
        code: "2301",
        title: "receipt upload fails",
        symptoms: [
          "will not take my receipt photo",
          "fails uploading receipts",
          "rejects the PDF of my receipt",
        ],
        fix: "Receipts must be under 5 MB and in JPG, PNG or PDF. Compress the photo or split the PDF and upload again.",
      },
      {
        code: "2315",
        title: "report stuck in approval",
        symptoms: [
          "has my report waiting on approval for weeks",
          "sends my report to a manager who left",
          "never gets approved",
        ],
        fix: "Reports route to the manager in the HR record. Ask HR to update your manager, then recall and resubmit the report.",
      },
      {
        code: "2322",
        title: "corporate card missing transactions",
        symptoms: [
          "does not show my card transactions",
          "is missing charges from last week",
          "shows no corporate card feed",
        ],
        fix: "Card transactions arrive two to three business days after posting. If older ones are missing, relink the card under Profile, Credit Cards.",
      },
      {
        code: "2336",
        title: "per diem wrong",
        symptoms: [
          "pays the wrong daily allowance",
          "calculates per diem incorrectly",
          "uses the wrong city rate",
        ],
        fix: "Per diem uses the city on the itinerary. Edit the itinerary stops so each day has the right location, and the rate recalculates.",
      },
    ],
  },
  {
    name: "HR portal",
    nicknames: ["Workday", "the HR site", "the people portal", "my payslip site"],
    issues: [
      {
        code: "3401",
        title: "payslip not visible",
        symptoms: [
          "does not show my latest payslip",
          "has no pay statement for this month",
          "shows last month's payslip only",
        ],
        fix: "Payslips publish on the second working day before payday. Check Pay, Payslips after that date; older ones are under All Payslips.",
      },
      {
        code: "3415",
        title: "time off balance wrong",
        symptoms: [
          "shows the wrong vacation balance",
          "did not add my holiday days",
          "counts a day off twice",
        ],
        fix: "Balances update overnight after approval. If it is still wrong, open a case with HR with the dates of the request.",
      },
      {
        code: "3428",
        title: "cannot update bank details",
        symptoms: [
          "will not save my new bank account",
          "rejects my IBAN",
          "greys out the payment elections page",
        ],
        fix: "Bank changes need a recent sign-in with MFA. Sign out, sign in again, and edit Payment Elections within ten minutes.",
      },
      {
        code: "3432",
        title: "tax form missing",
        symptoms: [
          "has no tax form for last year",
          "does not offer my W-2",
          "cannot find the annual tax statement",
        ],
        fix: "Annual tax forms appear under Pay, Tax Documents by January 31. Consent to electronic delivery to see them online.",
      },
    ],
  },
  {
    name: "shared drive",
    nicknames: ["the shared drive", "the S: drive", "team folders", "the file share"],
    issues: [
      {
        code: "4501",
        title: "drive not mapped",
        symptoms: [
          "is missing from my computer",
          "does not appear in File Explorer",
          "letter disappeared after a restart",
        ],
        fix: "Drives map at sign-in over the VPN. Connect the VPN first, then run the Map Drives shortcut from Software Center.",
      },
      {
        code: "4516",
        title: "permission denied on folder",
        symptoms: [
          "says I do not have permission",
          "denies access to my team folder",
          "opens but will not let me save",
        ],
        fix: "Folder access follows group membership. Ask the folder owner listed in its properties to add you to the group.",
      },
      {
        code: "4523",
        title: "deleted file recovery",
        symptoms: [
          "lost a file I deleted yesterday",
          "overwrote a document by mistake",
          "needs an older version back",
        ],
        fix: "The file share keeps snapshots for 30 days. Right-click the folder, choose Restore previous versions, and copy the file out.",
      },
      {
        code: "4537",
        title: "file locked by another user",
        symptoms: [
          "says the file is locked for editing",
          "opens read only",
          "shows someone else has it open",
        ],
        fix: "A stale lock remains when Office crashes. Ask the named user to close it, or wait ten minutes for the lock to expire.",
      },
    ],
  },
  {
    name: "meeting room display",
    nicknames: ["the room screen", "Zoom Room", "the conference display", "the TV in the meeting room"],
    issues: [
      {
        code: "5702",
        title: "display shows no signal",
        symptoms: ["shows no signal", "stays black when I plug in", "does not show my laptop"],
        fix: "Select the HDMI input with the remote and use the room's USB-C cable; the display wakes within ten seconds.",
      },
      {
        code: "5716",
        title: "room calendar wrong",
        symptoms: [
          "shows the wrong meetings",
          "says the room is free when it is booked",
          "lists yesterday's schedule",
        ],
        fix: "The room panel syncs its calendar every five minutes. If it lags, facilities restarts the panel from the admin console.",
      },
      {
        code: "5721",
        title: "cannot join from room",
        symptoms: [
          "will not join the meeting from the tablet",
          "does not see my meeting",
          "asks for a meeting ID every time",
        ],
        fix: "Invite the room as a resource when booking so the tablet lists the meeting; otherwise enter the ID from the invite.",
      },
      {
        code: "5739",
        title: "room audio echo",
        symptoms: [
          "echoes everything we say",
          "has feedback on the speakers",
          "makes remote people hear themselves",
        ],
        fix: "Echo means two devices in the room have audio on. Mute and disconnect audio on laptops when the room system is in the call.",
      },
    ],
  },
  {
    name: "building badge",
    nicknames: ["my badge", "the access card", "door access", "the turnstile"],
    issues: [
      {
        code: "6802",
        title: "badge does not open doors",
        symptoms: [
          "does not open the front door",
          "flashes red at the turnstile",
          "stopped working this morning",
        ],
        fix: "Badges deactivate after 30 days unused or at contract end. Visit reception with ID to reactivate the badge.",
      },
      {
        code: "6815",
        title: "lost badge",
        symptoms: ["is lost", "was left at home", "got stolen with my bag"],
        fix: "Report a lost badge at the security desk at once so it is disabled; a replacement is printed the same day.",
      },
      {
        code: "6827",
        title: "no access to a floor",
        symptoms: [
          "will not let me onto the sixth floor",
          "does not open the lab",
          "blocks me from the new office",
        ],
        fix: "Floor access is granted per area. Ask your manager to request the area in the access portal.",
      },
      {
        code: "6834",
        title: "visitor pass",
        symptoms: [
          "cannot be issued to my guest",
          "is needed for a visitor tomorrow",
          "for a contractor is missing",
        ],
        fix: "Register visitors in the visitor system a day ahead; they collect their pass at reception with photo ID.",
      },
    ],
  },
];

const OPENERS = [
  "Help,",
  "Hi team,",
  "Quick question:",
  "Since this morning",
  "After the update",
  "Urgent:",
  "Not sure who to ask, but",
  "On my first day",
];
const CODE_PHRASES = ["error {code}", "code {code}", "it shows {code}", "I get {code}"];

type Doc = { product: Product; issue: Issue; text: string };

function docs(): Doc[] {
  return PRODUCTS.flatMap((product) =>
    product.issues.map((issue) => ({
      product,
      issue,
      text: `${product.name} error ${issue.code} (${issue.title}): ${issue.fix}`,
    })),
  );
}

function question(random: () => number, doc: Doc, withCode: boolean): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const parts = [pick(OPENERS), pick(doc.product.nicknames), pick(doc.issue.symptoms)];
  if (withCode) parts.push(`(${pick(CODE_PHRASES).replace("{code}", doc.issue.code)})`);
  return parts.join(" ").replace(/\s+/g, " ") + (random() < 0.5 ? "?" : ".");
}

/**
 * Reranking rows: per question, its article (relevance 3), the product's three other articles
 * (relevance 1: right product, wrong fix) and two articles of other products (0), shuffled.
 */
export function helpdeskRerankRows(seed = 19, questionsPerIssue = 4): RerankRow[] {
  const random = seededRandom(seed);
  const all = docs();
  const rows: RerankRow[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < questionsPerIssue; round++) {
    for (const doc of all) {
      let query = question(random, doc, random() < 0.6);
      while (seen.has(query)) query = question(random, doc, random() < 0.6);
      seen.add(query);
      const siblings = all.filter((d) => d.product === doc.product && d !== doc);
      const others = shuffled(
        all.filter((d) => d.product !== doc.product),
        random,
      ).slice(0, 2);
      const candidates = shuffled(
        [
          { chunk: doc.text, relevance: 3 },
          ...siblings.map((d) => ({ chunk: d.text, relevance: 1 })),
          ...others.map((d) => ({ chunk: d.text, relevance: 0 })),
        ],
        random,
      );
      for (const c of candidates) rows.push({ query, ...c });
    }
  }
  return rows;
}

/**
 * Embedding pairs: a question (anchor), its article (positive) and another article of the same
 * product (negative). The codes are left out of these questions: they ask in words only.
 */
export function helpdeskEmbeddingPairs(seed = 19, questionsPerIssue = 22): EmbeddingPair[] {
  const random = seededRandom(seed + 1);
  const all = docs();
  const pairs: EmbeddingPair[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < questionsPerIssue; round++) {
    for (const doc of all) {
      let anchor = question(random, doc, false);
      for (let tries = 0; seen.has(anchor) && tries < 20; tries++) anchor = question(random, doc, false);
      if (seen.has(anchor)) continue;
      seen.add(anchor);
      const siblings = all.filter((d) => d.product === doc.product && d !== doc);
      pairs.push({
        anchor,
        positive: doc.text,
        negative: siblings[Math.floor(random() * siblings.length)].text,
      });
    }
  }
  return pairs;
}
