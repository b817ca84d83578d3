/**
 * The embedded EGP server on its own, over node:http on 127.0.0.1 (durability tests, benches, SDK checks):
 *   npx tsx --conditions=react-server scripts/local-egp-server.ts --port 5003 --data-dir .data-egp [--admin-key K]
 * Prints "listening <port>" once it accepts requests (--port 0 picks a free one). SIGTERM/SIGINT close it cleanly.
 * Uses DATABASE_URL for PostgreSQL when set; EGP_LOCAL_ADMIN_KEY when --admin-key is not given;
 * EGP_ENGINE_ALLOWED_HOSTS as the console does.
 * Tests: --stub-engines loads the deterministic stub engines (each load taking --stub-load-ms), and
 * --lease-ms shortens the deployment jobs' lease so a killed replica's job is taken over quickly.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { getRequestListener } from "@hono/node-server";
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
  // The same node:http <-> Request/Response adapter the console's server uses (scripts/server.mjs).
  const listener = getRequestListener((request) => egp.handle(request), {
    overrideGlobalObjects: false,
    errorHandler: (error) => {
      log(`local-egp-server: ${error instanceof Error ? error.message : String(error)}`);
      return Response.json({ detail: "Internal server error" }, { status: 500 });
    },
  });
  const server = createServer(listener);
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
