import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkSession, endSession, type LiveSession } from "./auth/live-session";
import type { EgpClient } from "./egp/client";
import { consoleMode, egpClient } from "./egp/connection";
import { hrefs } from "./hrefs";
import { safeNextPath } from "./auth/safe-next";
import { REQUESTED_PATH } from "./requested-path";
import type { Role } from "./roles";
import { SESSION_COOKIE, unsealSession } from "./session";

export type ConsoleMode = { kind: "local" } | { kind: "remote"; url: string };
/** A spec role, or whatever else a remote EGP answers (lib/roles gives it level 0). */
export type AccountRole = Role | (string & {});
export type ConsoleAccount = { id: string; name: string; role: AccountRole };

/** What the console shell needs to render around every page. */
export type ConsoleContext = {
  mode: ConsoleMode;
  user: { id: string; email: string; name: string | null };
  accounts: ConsoleAccount[];
  currentAccountId: string;
};

/** Once per server request: layout, pages and loaders share one record read. */
const liveSession = cache(async () =>
  checkSession(await unsealSession((await cookies()).get(SESSION_COOKIE)?.value)),
);

/** Where a page sends someone without a live session; an ended one is told it was signed out. */
export async function signInPath(reason: "missing" | "ended"): Promise<string> {
  const requested = (await headers()).get(REQUESTED_PATH);
  return hrefs.signIn({
    error: reason === "ended" ? "signed-out" : undefined,
    next: requested ? safeNextPath(requested) : undefined,
  });
}

/** A page's session, or a redirect to sign-in (never a page rendered around a dead session). */
export async function requirePageSession(): Promise<LiveSession> {
  const live = await liveSession();
  if (!live.ok) redirect(await signInPath(live.reason));
  return live;
}

/**
 * The EGP client for a page's server loading, and `settle()` to call once loading is done: when the
 * EGP refused the key (401) the session is ended and the reader lands on sign-in, told they were signed out.
 */
export async function pageEgp(): Promise<{ egp: EgpClient; settle(): Promise<void> }> {
  const live = await requirePageSession();
  let refused = false;
  const { apiKey, accountId } = live.session;
  const egp = egpClient(apiKey, accountId, { onUnauthorized: () => void (refused = true) });
  return {
    egp,
    async settle() {
      if (!refused) return;
      await endSession(live.session, "upstream-401");
      redirect(await signInPath("ended"));
    },
  };
}

/** The signed-in user's context, or null when nobody is signed in (or the session is over). */
export async function getConsoleContext(): Promise<ConsoleContext | null> {
  const live = await liveSession();
  return live.ok ? contextOf(live) : null;
}

export function contextOf({ session }: LiveSession): ConsoleContext {
  return {
    mode: consoleMode(),
    user: session.user,
    accounts: session.accounts,
    currentAccountId: session.accountId,
  };
}
