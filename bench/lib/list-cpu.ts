/**
 * CPU per request of the embedded models list, in-process, for issue #22 item 3: the seeded 4-model list,
 * and 100 models with `view=Deployments,ModelGroup`. Each case is measured as process.cpuUsage over N
 * sequential `egp.handle` calls (after a warm-up), each answer's bytes read whole (not parsed: parsing is
 * the client's cost), against a floor measured right after it in the same process: `Response.json` of
 * the very body the handler answered, read the same way. For PostgreSQL the server's own CPU (every backend of the throwaway cluster, /proc)
 * is a column of its own: process CPU leaves it out.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import path from "node:path";
import type { Db } from "../../lib/local-egp/db/open";
import { openDb } from "../../lib/local-egp/db/open";
import { createLocalEgp } from "../../lib/local-egp/index";
import { createDeployment } from "../../lib/local-egp/store/deployments";
import { createGroup } from "../../lib/local-egp/store/groups";
import { createModel } from "../../lib/local-egp/store/models";
import { ownCpuMs, treeCpuMs } from "./cpu";
import { pass, ratio, table } from "./markdown";

type Target = { dataDir?: string; databaseUrl?: string };
export type CpuCase = { name: string; models: number; query: string; budgetMs: number };

/** The budgets: 0.6 ms for the seeded list, twice that for 100 models with both views. */
export const CPU_CASES: CpuCase[] = [
  { name: "GET /v4/models (seeded)", models: 4, query: "/v4/models", budgetMs: 0.6 },
  {
    name: "GET /v4/models?limit=100&view=Deployments,ModelGroup",
    models: 100,
    query: "/v4/models?limit=100&view=Deployments&view=ModelGroup",
    budgetMs: 1.2,
  },
];

const RUNS = Number(process.env.BENCH_CPU_RUNS ?? 1000);
const WARMUP = Number(process.env.BENCH_CPU_WARMUP ?? 300);
const TYPES = ["COMPLETION", "CHAT_COMPLETION", "EMBEDDING", "RERANKING"] as const;

/**
 * Seeds the store (4 built-in models with their deployments) and adds custom models up to `total`: in
 * 10 groups (every third model in none), every other one with a deployment, as a working account looks.
 */
export async function fillForCpu(target: Target, adminKey: string, total: number): Promise<void> {
  const egp = await createLocalEgp({ ...target, adminKey, log: () => undefined });
  const { accountId, adminUserId } = egp.bootstrap;
  await egp.close();
  const store = await openDb(target);
  try {
    await store.db.transaction(async (tx) => {
      const db = tx as unknown as Db; // safe because a drizzle pg transaction offers the same query API
      const groups: string[] = [];
      const custom = Math.max(0, total - 4);
      for (let g = 0; g < Math.min(10, custom); g++)
        groups.push((await createGroup(db, accountId, adminUserId, { name: `group-${g}` })).id);
      for (let i = 0; i < custom; i++) {
        const model = await createModel(db, accountId, adminUserId, {
          name: `cpu-model-${String(i).padStart(3, "0")}`,
          display_name: `CPU model ${i}`,
          model_type: TYPES[i % TYPES.length],
          model_vendor: "OTHER",
          model_group_id: i % 3 === 0 ? null : groups[i % groups.length],
          account_id: accountId,
          description: "Bench data for the list's CPU per request",
        });
        if (i % 2 === 0)
          await createDeployment(db, {
            accountId,
            userId: adminUserId,
            modelId: model.id,
            req: { name: `${model.name}-deployment`, deployment_metadata: { team: "bench" } },
            status: "READY",
          });
      }
    });
  } finally {
    await store.close();
  }
}

/** The throwaway cluster's postmaster (scripts/with-postgres.sh), whose children are every backend. */
async function postgresPid(databaseUrl: string): Promise<number | null> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    const pid = Number(
      readFileSync(path.join(rows[0].data_directory, "postmaster.pid"), "utf8").split("\n")[0],
    );
    treeCpuMs(pid); // readable here, or the column is n/a
    return pid;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function perRequest(fn: () => Promise<unknown>, serverCpu: () => number) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const server0 = serverCpu();
  const c0 = ownCpuMs();
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) await fn();
  return {
    cpu: (ownCpuMs() - c0) / RUNS,
    wall: (performance.now() - t0) / RUNS,
    server: (serverCpu() - server0) / RUNS,
  };
}

export type CpuRow = {
  /** "after a write": each request follows a write, so no page read before is reused (net of the write). */
  variant?: string;
  backend: string;
  case: CpuCase;
  items: number;
  bytes: number;
  handler: Measured;
  floor: Measured;
};
type Measured = Awaited<ReturnType<typeof perRequest>>;

/** Measures one case on a filled store: the handler, then the floor, back to back. */
export async function measureCpu(
  target: Target,
  adminKey: string,
  backend: string,
  c: CpuCase,
): Promise<CpuRow[]> {
  const pid = target.databaseUrl ? await postgresPid(target.databaseUrl) : null;
  const serverCpu = () => (pid === null ? NaN : treeCpuMs(pid));
  const egp = await createLocalEgp({ ...target, adminKey, log: () => undefined });
  try {
    const request = () => new Request(`http://bench${c.query}`, { headers: { "x-api-key": adminKey } });
    const call = async () => {
      const res = await egp.handle(request());
      if (res.status !== 200) throw new Error(`list answered ${res.status}: ${await res.text()}`);
      return res.arrayBuffer();
    };
    const bytes = (await call()).byteLength;
    const body = JSON.parse(await (await egp.handle(request())).text()) as {
      items: { deployments?: unknown[]; model_group?: unknown }[];
    };
    if (body.items.length !== c.models) throw new Error(`${c.query} listed ${body.items.length} models`);
    if (c.query.includes("view=") && !body.items.some((m) => m.deployments?.length && m.model_group))
      throw new Error("no model carries both views: the bench data is missing");
    const handler = await perRequest(call, serverCpu);
    // The floor builds its Request too, as the handler's callers do.
    const floor = await perRequest(
      async () => {
        request();
        return Response.json(body).arrayBuffer();
      },
      () => NaN,
    );
    const rows: CpuRow[] = [{ backend, case: c, items: body.items.length, bytes, handler, floor }];
    // Pages are kept while nothing writes (services/read-cache.ts): the same request after a write that
    // changes a row (a transaction id on PostgreSQL), net of that write.
    const write = () =>
      egp.db.execute(sql`update models set name = name where id = (select min(id) from models)`);
    const both = await perRequest(async () => {
      await write();
      return call();
    }, serverCpu);
    const alone = await perRequest(write, serverCpu);
    const net = (a: number, b: number) => a - b;
    rows.push({
      ...rows[0],
      variant: "after a write (no kept page), net of the write",
      handler: {
        cpu: net(both.cpu, alone.cpu),
        wall: net(both.wall, alone.wall),
        server: net(both.server, alone.server),
      },
    });
    return rows;
  } finally {
    await egp.close();
  }
}

export function cpuTable(rows: CpuRow[]): string {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : "n/a");
  return table(
    [
      "case",
      "backend",
      "models",
      "answer KB",
      "handler CPU ms/req",
      "handler wall ms/req",
      "PostgreSQL server CPU ms/req",
      "floor CPU ms/req (Response.json of the same body)",
      "handler / floor",
      "budget",
      "result",
    ],
    rows.map((r) => [
      r.variant ? `${r.case.name}, ${r.variant}` : r.case.name,
      r.backend,
      r.items,
      (r.bytes / 1024).toFixed(1),
      f(r.handler.cpu),
      f(r.handler.wall),
      f(r.handler.server),
      f(r.floor.cpu),
      ratio(r.handler.cpu, r.floor.cpu),
      `≤ ${r.case.budgetMs} ms CPU`,
      pass(r.handler.cpu <= r.case.budgetMs),
    ]),
  );
}

export const cpuRuns = { runs: RUNS, warmup: WARMUP };
