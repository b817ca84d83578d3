/**
 * Lists 10,000 models (limit=100, sorted + filtered) through the embedded EGP server and prints
 * p50/p99 as markdown table rows, then the CPU per request of issue #22's list cases against their budgets
 * (bench/lib/list-cpu.ts): PGlite always, PostgreSQL when DATABASE_URL or EGP_TEST_DATABASE_URL is set.
 *   npx tsx --conditions=react-server bench/local-egp-list.ts
 *   scripts/with-postgres.sh npx tsx --conditions=react-server bench/local-egp-list.ts
 * BENCH_PART=scale or BENCH_PART=cpu runs one part. Budgets are printed PASS/FAIL (the exit stays 0, so
 * `npm run bench` keeps the table of a missed budget).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { bootstrap } from "../lib/local-egp/bootstrap";
import { openDb } from "../lib/local-egp/db/open";
import { models } from "../lib/local-egp/db/schema";
import { createLocalEgp } from "../lib/local-egp/index";
import { CPU_CASES, cpuRuns, cpuTable, fillForCpu, measureCpu, type CpuRow } from "./lib/list-cpu";

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
      // Untimed: a write first, so that no page read before is reused (services/read-cache.ts) and
      // each timed request runs its queries.
      await egp.db.execute(sql`update models set name = name where id = (select min(id) from models)`);
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

/** Runs `fn` on a fresh database of the PostgreSQL server, dropped afterwards. */
async function onPostgres<T>(serverUrl: string, fn: (databaseUrl: string) => Promise<T>): Promise<T> {
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
    return await fn(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Runs `fn` on a fresh PGlite data dir, removed afterwards. */
async function onPglite<T>(fn: (dataDir: string) => Promise<T>): Promise<T> {
  await mkdir(path.join(process.cwd(), "bench", ".work"), { recursive: true });
  const dataDir = await mkdtemp(path.join(process.cwd(), "bench", ".work", "local-egp-"));
  try {
    return await fn(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function scalePart(pgUrl: string | undefined) {
  const rows: [string, Awaited<ReturnType<typeof measure>>][] = [];
  rows.push([
    "PGlite",
    await onPglite(async (dataDir) => {
      await fill({ dataDir });
      return measure({ dataDir });
    }),
  ]);
  if (pgUrl)
    rows.push([
      "PostgreSQL",
      await onPostgres(pgUrl, async (databaseUrl) => {
        await fill({ databaseUrl });
        return measure({ databaseUrl });
      }),
    ]);
  console.log("Each timed request follows an untimed write, so it reads the database (no kept page).\n");
  console.log("| bench | backend | models | matched | p50 ms | p99 ms | cpu p50 ms |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [backend, r] of rows) {
    console.log(
      `| local-egp list (limit=100, filtered + sorted) | ${backend} | ${MODELS} | ${r.matched} | ${r.p50} | ${r.p99} | ${r.cpu50} |`,
    );
  }
}

/** Issue #22 item 3: each case on its own store, PGlite then PostgreSQL. */
async function cpuPart(pgUrl: string | undefined) {
  const rows: CpuRow[] = [];
  for (const c of CPU_CASES) {
    rows.push(
      ...(await onPglite(async (dataDir) => {
        await fillForCpu({ dataDir }, ADMIN_KEY, c.models);
        return measureCpu({ dataDir }, ADMIN_KEY, "PGlite", c);
      })),
    );
    if (pgUrl)
      rows.push(
        ...(await onPostgres(pgUrl, async (databaseUrl) => {
          await fillForCpu({ databaseUrl }, ADMIN_KEY, c.models);
          return measureCpu({ databaseUrl }, ADMIN_KEY, "PostgreSQL", c);
        })),
      );
  }
  console.log(
    `\nCPU per request (issue #22 item 3): process.cpuUsage over ${cpuRuns.runs} sequential in-process \`handle\` calls after ${cpuRuns.warmup} warm-up calls, each answer's bytes read whole (not parsed); PGlite runs in this process, so its row is the whole cost. The floor is measured right after, in the same process.\n`,
  );
  console.log(cpuTable(rows));
}

async function main() {
  const pgUrl = process.env.DATABASE_URL || process.env.EGP_TEST_DATABASE_URL;
  const part = process.env.BENCH_PART;
  if (part !== "cpu") await scalePart(pgUrl);
  if (part !== "scale") await cpuPart(pgUrl);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
