export const dynamic = "force-dynamic";

/** Liveness for process managers and the test runner; says nothing about the signed-in user. */
export function GET() {
  return Response.json({ ok: true });
}
