#!/usr/bin/env node
// The console's HTTP server (`npm start` runs it on the build): Next.js serves the pages and routes; the
// hot JSON routes (the /egp mount, the playground's execute, the models list) are called here directly,
// without Next's router, once their modules have loaded (lib/server/direct-routes.ts).
//
// Why: Next's per-request routing cost more CPU than those routes' own work (bench/RESULTS.md,
// "Server-route overhead"). A route's first request, and every request under `next dev`, goes through
// Next, which calls the same handler.
import http from "node:http";
import path from "node:path";
import { getRequestListener } from "@hono/node-server";
import { SECURITY_HEADERS } from "../lib/response-headers.mjs";

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
// Unset: every interface, as `next start` listens. (Not HOSTNAME: containers set it to their own name.)
const hostname = process.env.HOST || undefined;
const ROUTES_KEY = Symbol.for("egp-console.direct-routes");
const HANDLER = Symbol("direct handler");

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const nextHandler = app.getRequestHandler();
/** A bug's last stop (the handlers answer their own errors), in the surface's shape: FastAPI's, or ours. */
function internalError(request, error) {
  const { pathname } = new URL(request.url);
  console.error(`direct route ${request.method} ${pathname}:`, error);
  return pathname.startsWith("/egp")
    ? Response.json({ detail: "Internal Server Error" }, { status: 500 })
    : Response.json(
        { error: { code: "internal", message: "Something went wrong on the console's server." } },
        { status: 500 },
      );
}

// Requests and Responses stay Node's own (undici's): the adapter leaves the global classes as they are.
const directHandler = getRequestListener(
  async (request, { incoming }) => {
    try {
      return await incoming[HANDLER](request);
    } catch (error) {
      return internalError(request, error);
    }
  },
  { overrideGlobalObjects: false },
);

const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const handler = globalThis[ROUTES_KEY]?.find(req.method, query < 0 ? url : url.slice(0, query));
  if (!handler) return nextHandler(req, res);
  req[HANDLER] = handler;
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  return directHandler(req, res);
});

await app.prepare();
server.listen(port, hostname, () => {
  console.log(`EGP Console ready on http://${hostname ?? "localhost"}:${port}`);
});

// As `next start` does: stop taking connections, let Next finish what it holds, exit with the signal's code.
let closing = false;
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
  });
}
