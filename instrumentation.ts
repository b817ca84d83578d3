/** Runs once when the server starts: brings up the embedded EGP and prints how to sign in. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.EGP_API_URL) return;
  const { announceLocalEgp } = await import("./lib/auth/announce-local");
  await announceLocalEgp();
}
