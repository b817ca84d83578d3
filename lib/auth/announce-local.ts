import "server-only";
import { env } from "../env";

/**
 * Starts the embedded EGP and prints a one-time sign-in link (and, on first start, the admin key).
 * The link works once, so a forgotten terminal never becomes a permanent auto-login.
 */
export async function announceLocalEgp() {
  const { getLocalEgp } = await import("../local-egp");
  const egp = await getLocalEgp();
  const origin = env().PUBLIC_URL ?? `http://localhost:${env().PORT}`;
  const token = await egp.createSignInToken(egp.bootstrap.adminUserId, 24 * 3600 * 1000);
  const lines = ["", "EGP Console · local mode (embedded EGP server at /egp)"];
  if (egp.bootstrap.adminKey) {
    lines.push(`  Admin API key (shown once, keep it): ${egp.bootstrap.adminKey}`);
  }
  lines.push(`  Sign in (one-time link, valid 24 h):  ${origin}/sign-in/link?token=${token}`, "");
  console.log(lines.join("\n"));
}
