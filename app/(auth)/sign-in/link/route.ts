import { isRemoteMode } from "@/lib/env";
import { setSessionCookie } from "@/lib/auth/cookies";
import { beginSession } from "@/lib/auth/live-session";
import { sessionForKey } from "@/lib/auth/sign-in";
import { hrefs } from "@/lib/hrefs";
import { z } from "zod";

const tokenSchema = z.string().min(16).max(256);

/** The one-time link printed at start: redeemed once for a fresh key of the local admin. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const signInPage = (reason: string) =>
    Response.redirect(new URL(hrefs.signIn({ error: reason }), url), 303);
  const token = tokenSchema.safeParse(url.searchParams.get("token"));
  if (isRemoteMode() || !token.success) return signInPage("link-invalid");
  const { getLocalEgp } = await import("@/lib/local-egp");
  const redeemed = await (await getLocalEgp()).redeemSignInToken(token.data);
  if (!redeemed) return signInPage("link-used");
  const session = await sessionForKey(redeemed.apiKey);
  await beginSession(session);
  const response = new Response(null, {
    status: 303,
    headers: { location: new URL(hrefs.models(), url).toString() },
  });
  return setSessionCookie(response, request, session);
}
