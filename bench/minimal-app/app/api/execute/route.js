// The floor of a console execute route: Next's own per-request work for a POST, reading the body and
// answering bytes it already holds. bench/server-overhead.ts writes execute.json (the embedded server's
// answer to the same call) before it starts this app.
import { readFileSync } from "node:fs";
import path from "node:path";

export const dynamic = "force-dynamic";

let body;

export async function POST(request) {
  await request.text();
  body ??= readFileSync(path.join(process.cwd(), "execute.json"), "utf8");
  return new Response(body, { headers: { "content-type": "application/json" } });
}
