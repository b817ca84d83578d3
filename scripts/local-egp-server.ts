/**
 * The embedded EGP server on its own, over node:http on 127.0.0.1 (durability tests, benches, SDK checks):
 *   npx tsx --conditions=react-server scripts/local-egp-server.ts --port 5003 --data-dir .data-egp [--admin-key K]
 * Prints "listening <port>" once it accepts requests (--port 0 picks a free one). SIGTERM/SIGINT close it cleanly.
 * Uses DATABASE_URL for PostgreSQL when set; EGP_LOCAL_ADMIN_KEY when --admin-key is not given;
 * EGP_ENGINE_ALLOWED_HOSTS as the console does.
 * Tests: --stub-engines loads the deterministic stub engines (each load taking --stub-load-ms), and
 * --lease-ms shortens the deployment jobs' lease so a killed replica's job is taken over quickly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createLocalEgp } from "../lib/local-egp";
import type { EngineLoader } from "../lib/local-egp/runtime/deployment-runtime";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "5003" },
    "data-dir": { type: "string", default: ".data-egp" },
    "admin-key": { type: "string" },
    quiet: { type: "boolean", default: false },
    "stub-engines": { type: "boolean", default: false },
    "stub-load-ms": { type: "string", default: "0" },
    "lease-ms": { type: "string" },
    "tick-ms": { type: "string" },
  },
});

async function stubLoader(): Promise<EngineLoader> {
  const { stubEngine } = await import("../lib/local-egp/testing/stub-engines");
  const delay = Number(values["stub-load-ms"]);
  return async (spec) => {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return stubEngine(spec);
  };
}

function toRequest(req: IncomingMessage, port: number): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://127.0.0.1:${port}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    // safe because node's IncomingMessage is a byte stream, which is what a web ReadableStream body carries
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: "half",
  } as RequestInit);
}

async function send(response: Response, res: ServerResponse) {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  // safe because a fetch Response body is a web byte stream
  await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), res);
}

async function main() {
  const log = values.quiet ? () => undefined : (line: string) => console.error(line);
  const egp = await createLocalEgp({
    dataDir: values["data-dir"],
    databaseUrl: process.env.DATABASE_URL || undefined,
    adminKey: values["admin-key"] ?? process.env.EGP_LOCAL_ADMIN_KEY ?? undefined,
    engineAllowedHosts: process.env.EGP_ENGINE_ALLOWED_HOSTS,
    log,
    loadEngine: values["stub-engines"] ? await stubLoader() : undefined,
    jobs: {
      leaseMs: values["lease-ms"] ? Number(values["lease-ms"]) : undefined,
      tickMs: values["tick-ms"] ? Number(values["tick-ms"]) : undefined,
    },
  });
  let port = Number(values.port);
  const server = createServer((req, res) => {
    egp
      .handle(toRequest(req, port))
      .then((response) => send(response, res))
      .catch((error: unknown) => {
        log(`local-egp-server: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end('{"detail":"Internal server error"}');
      });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : port;
  console.log(`listening ${port}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    await egp.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
