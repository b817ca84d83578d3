// The floor of a console API route: Next's own per-request work, answering bytes it already holds.
// bench/server-overhead.ts writes list.json (the console's list answer) before it starts this app.
import { readFileSync } from "node:fs";
import path from "node:path";

export const dynamic = "force-dynamic";

let body;

export function GET() {
  body ??= readFileSync(path.join(process.cwd(), "list.json"), "utf8");
  return new Response(body, { headers: { "content-type": "application/json" } });
}
