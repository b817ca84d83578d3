/**
 * Lists 10,000 models (limit=100, sorted + filtered) through the embedded EGP server and prints
 * p50/p99 as markdown table rows: PGlite always, PostgreSQL when DATABASE_URL or EGP_TEST_DATABASE_URL is set.
 *   npx tsx --conditions=react-server bench/local-egp-list.ts
 *   scripts/with-postgres.sh npx tsx --conditions=react-server bench/local-egp-list.ts
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { bootstrap } from "../lib/local-egp/bootstrap";
import { openDb } from "../lib/local-egp/db/open";
import { models } from "../lib/local-egp/db/schema";
import { createLocalEgp } from "../lib/local-egp/index";

const MODELS = Number(process.env.BENCH_MODELS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const ADMIN_KEY = `egp_bench_${randomBytes(16).toString("hex")}`;
const TYPES = ["COMPLETION", "CHAT_COMPLETION", "EMBEDDING", "RERANKING", "AGENT"];
const QUERY = "/v4/models?limit=100&page=2&model_type=CHAT_COMPLETION&name=1&sort_by=name:desc";

async function fill(target: { dataDir?: string; databaseUrl?: string }) {
  const store = await openDb(target);
  try {
    const info = await bootstrap(store.db, { adminKey: ADMIN_KEY, seed: false });
    const now = Date.now();
    for (let start = 0; start < MODELS; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, MODELS - start) }, (_, k) => {
        const i = start + k;
        return {
          id: randomUUID(),
          accountId: info.accountId,
          createdByUserId: info.adminUserId,
          name: `model-${String(i).padStart(5, "0")}`,
          modelType: TYPES[i % TYPES.length],
          createdAt: new Date(now - i * 1000),
          body: { description: `bench model ${i}` },
        };
      });
      await store.db.insert(models).values(rows);
    }
  } finally {
    await store.close();
  }
}

async function measure(target: { dataDir?: string; databaseUrl?: string }) {
  const egp = await createLocalEgp({ ...target, adminKey: ADMIN_KEY, seed: false, log: () => undefined });
  try {
    const call = async () => {
      const res = await egp.handle(
        new Request(`http://bench${QUERY}`, { headers: { "x-api-key": ADMIN_KEY } }),
      );
      if (res.status !== 200) throw new Error(`list answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { items: unknown[]; total_item_count: number };
    };
    const first = await call();
    for (let i = 0; i < 20; i++) await call();
    const times: number[] = [];
    // CPU time of this process per request: on a busy machine it approximates idle wall time for
    // in-process PGlite (for PostgreSQL it leaves out the server's share).
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await call();
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    const pct = (xs: number[], p: number) =>
      [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(2);
    if (first.total_item_count === 0)
      throw new Error("the filtered list matched nothing; the bench data is missing");
    return { p50: pct(times, 50), p99: pct(times, 99), cpu50: pct(cpu, 50), matched: first.total_item_count };
  } finally {
    await egp.close();
  }
}

async function onPostgres(serverUrl: string) {
  const { Client } = await import("pg");
  const name = `egp_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await fill({ databaseUrl: url.toString() });
    return await measure({ databaseUrl: url.toString() });
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function main() {
  const rows: [string, Awaited<ReturnType<typeof measure>>][] = [];
  await mkdir(path.join(process.cwd(), "bench", ".work"), { recursive: true });
  const dataDir = await mkdtemp(path.join(process.cwd(), "bench", ".work", "local-egp-"));
  try {
    await fill({ dataDir });
    rows.push(["PGlite", await measure({ dataDir })]);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const pgUrl = process.env.DATABASE_URL || process.env.EGP_TEST_DATABASE_URL;
  if (pgUrl) rows.push(["PostgreSQL", await onPostgres(pgUrl)]);
  console.log("| bench | backend | models | matched | p50 ms | p99 ms | cpu p50 ms |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [backend, r] of rows) {
    console.log(
      `| local-egp list (limit=100, filtered + sorted) | ${backend} | ${MODELS} | ${r.matched} | ${r.p50} | ${r.p99} | ${r.cpu50} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
