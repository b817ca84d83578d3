import { consoleOrigin } from "@/lib/api/origin";
import { isRemoteMode } from "@/lib/env";
import { setSessionCookie } from "@/lib/auth/cookies";
import { beginSession } from "@/lib/auth/live-session";
import { sessionForKey } from "@/lib/auth/sign-in";
import { hrefs } from "@/lib/hrefs";
import { z } from "zod";

const tokenSchema = z.string().min(16).max(256);

/**
 * A redirect to a path on whichever host the browser addressed (127.0.0.1, localhost, the Network
 * address): the session cookie is set on that host, so an absolute URL built from another name of
 * this machine would land on sign-in again. A relative Location is resolved by the browser.
 */
const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

/** The one-time link printed at start: redeemed once for a fresh key of the local admin. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const token = tokenSchema.safeParse(url.searchParams.get("token"));
  if (isRemoteMode() || !token.success) return seeOther(hrefs.signIn({ error: "link-invalid" }));
  // With PUBLIC_URL set, the console only accepts changes from that origin: sign in there, the token unspent.
  const expected = consoleOrigin(request);
  const addressed = request.headers.get("host");
  if (expected && addressed && new URL(expected).host !== addressed) {
    return seeOther(`${expected}/sign-in/link?token=${encodeURIComponent(token.data)}`);
  }
  const { getLocalEgp } = await import("@/lib/local-egp");
  const redeemed = await (await getLocalEgp()).redeemSignInToken(token.data);
  if (!redeemed) return seeOther(hrefs.signIn({ error: "link-used" }));
  const session = await sessionForKey(redeemed.apiKey);
  await beginSession(session);
  return setSessionCookie(seeOther(hrefs.models()), request, session);
}
