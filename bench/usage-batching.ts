/**
 * How many executions share one usage insert (coalesce.ts): the embedded server on node:http
 * (scripts/local-egp-server.ts) and called in-process, each at 10 concurrent callers on the hash
 * embedder, then the rows of usage_events counted against their distinct transaction ids (xmin: the rows
 * of one insert share it).
 *   npx tsx --conditions=react-server bench/usage-batching.ts
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createLocalEgp } from "../lib/local-egp";
import { ADMIN_KEY, ROOT } from "./lib/console";
import { cannon, inProcess } from "./lib/load";
import { table } from "./lib/markdown";
import { freePort, stopChild, waitForHttp } from "./lib/ports";

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = 10;
const BODY = JSON.stringify({ texts: ["a short sentence to embed"] });
const headers = { "x-api-key": ADMIN_KEY, "content-type": "application/json" };
type Page = { items: { name: string; deployments?: { id: string }[] }[] };
const LIST = "/v4/models?limit=100&view=Deployments";
const embeddingsPath = (page: Page) => {
  const id = page.items.find((m) => m.name === "hash-embedding")?.deployments?.[0]?.id;
  if (!id) throw new Error("the built-in hash-embedding deployment is missing");
  return `/v4/models/${id}/embeddings`;
};

async function counted(dataDir: string) {
  const pg = new PGlite(path.join(dataDir, "pglite"));
  try {
    const { rows } = await pg.query<{ events: number; inserts: number }>(
      "select count(*)::int as events, count(distinct xmin::text)::int as inserts from usage_events",
    );
    return rows[0];
  } finally {
    await pg.close();
  }
}

async function overHttp() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bench-usage-http-"));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      "scripts/local-egp-server.ts",
      "--port",
      String(port),
    ].concat(["--data-dir", dataDir, "--admin-key", ADMIN_KEY, "--quiet"]),
    { cwd: ROOT, stdio: "ignore", env: { ...process.env, DATABASE_URL: "" } },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/user-info`, { child });
    const page = (await (await fetch(`${base}${LIST}`, { headers })).json()) as Page;
    const load = await cannon({
      url: `${base}${embeddingsPath(page)}`,
      method: "POST",
      body: BODY,
      headers,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    await stopChild(child);
    return { load, ...(await counted(dataDir)) };
  } finally {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function inThisProcess() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bench-usage-in-"));
  try {
    const egp = await createLocalEgp({ dataDir, adminKey: ADMIN_KEY, log: () => undefined });
    let load;
    try {
      const listed = await egp.handle(new Request(`http://local${LIST}`, { headers }));
      const url = `http://local${embeddingsPath((await listed.json()) as Page)}`;
      load = await inProcess(
        async () => {
          const response = await egp.handle(new Request(url, { method: "POST", headers, body: BODY }));
          await response.text();
          return response.ok;
        },
        { connections: CONNECTIONS, duration: DURATION },
      );
    } finally {
      await egp.close();
    }
    return { load, ...(await counted(dataDir)) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const rows = [
    ["embedded server over node:http", await overHttp()],
    ["embedded handler, in-process", await inThisProcess()],
  ] as const;
  console.log(`${table(
    ["target", "executions", "usage events", "inserts", "events per insert", "errors"],
    rows.map(([name, r]) => [
      name,
      r.load.requests,
      r.events,
      r.inserts,
      (r.events / r.inserts).toFixed(2),
      r.load.errors + r.load.non2xx,
    ]),
  )}
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
