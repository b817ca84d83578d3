#!/usr/bin/env node
// The console's HTTP server (`npm start` runs it on the build): Next.js serves the pages and /api, and in
// local mode the embedded EGP server's /egp mount is answered here, ahead of Next's router.
//
// Why: SDK traffic to /egp needs no page, session or proxy, yet Next's per-request routing cost more CPU
// than the embedded server's own answer (bench/RESULTS.md, "Server-route overhead"). Next publishes the
// mount when it starts (instrumentation.ts → lib/egp-mount.ts); until then, in remote mode, or under
// `next dev`, /egp goes to Next's route, which answers the same way.
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
const MOUNT_KEY = Symbol.for("egp-console.egp-mount");
const EGP_PATH = /^\/egp(?:[/?#]|$)/;

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const nextHandler = app.getRequestHandler();
// The mount's Request and Response are Node's own (undici's): the global classes stay as they are.
const egpHandler = getRequestListener((request) => globalThis[MOUNT_KEY](request), {
  overrideGlobalObjects: false,
  errorHandler: (error) => {
    console.error("egp mount:", error);
    return Response.json({ detail: "Internal Server Error" }, { status: 500 });
  },
});

const server = http.createServer((req, res) => {
  if (globalThis[MOUNT_KEY] && EGP_PATH.test(req.url ?? "")) {
    for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
    return egpHandler(req, res);
  }
  return nextHandler(req, res);
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
