/**
 * The embedded server's thread's share of one playground execution (hash embedder), in CPU ms per
 * request at 10 concurrent callers, called in-process so that other load on the machine inflates all
 * rows alike: the execution alone (what /egp asks of the thread), the playground's path of the last
 * round (the kept session check; runs saved together while a save is in flight, a user's older runs
 * pruned once every PLAYGROUND_LIMITS.pruneEvery saves; input and output handed over as objects) and
 * now (the same, input and output as JSON text, parsed by the database). Median of 3 rounds.
 *   npx tsx --conditions=react-server bench/session-path.ts
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PLAYGROUND_LIMITS } from "../lib/limits";
import { createLocalEgp } from "../lib/local-egp";
import type { NewPlaygroundRun } from "../lib/local-egp/console-store";
import { coalesced } from "../lib/local-egp/coalesce";
import { playgroundRuns } from "../lib/local-egp/db/schema";
import { savePlaygroundRuns } from "../lib/local-egp/store/playground";
import { PruneSchedule } from "../lib/local-egp/store/prune-schedule";
import { ADMIN_KEY } from "./lib/console";
import { ratio, table } from "./lib/markdown";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const EMBED_BODY = JSON.stringify({ texts: ["a short sentence to embed"] });

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bench-session-path-"));
  const egp = await createLocalEgp({ dataDir, adminKey: ADMIN_KEY, log: () => undefined });
  try {
    const { accountId, adminUserId: userId } = egp.bootstrap;
    const listed = await egp.handle(
      new Request("http://local/v4/models?limit=100&view=Deployments", {
        headers: { "x-api-key": ADMIN_KEY },
      }),
    );
    type Listed = { items: { id: string; name: string; deployments?: { id: string }[] }[] };
    const model = ((await listed.json()) as Listed).items.find((m) => m.name === "hash-embedding")!;
    const deploymentId = model.deployments![0].id;
    const sid = "bench-session-".padEnd(32, "x");
    await egp.createConsoleSession({
      id: sid,
      userId,
      accountId,
      keyFingerprint: "-",
      createdAt: Date.now(),
      expiresAt: Date.now() + 86_400_000,
    });
    const execute = async () => {
      const response = await egp.handle(
        new Request(`http://local/v4/models/${deploymentId}/embeddings`, {
          method: "POST",
          headers: { "x-api-key": ADMIN_KEY, "content-type": "application/json" },
          body: EMBED_BODY,
        }),
      );
      return response.text();
    };
    let at = Date.now();
    const run = (outputJson: string): NewPlaygroundRun => ({
      id: crypto.randomUUID(),
      accountId,
      userId,
      userLabel: "admin@local",
      modelType: "EMBEDDING",
      modelId: model.id,
      deploymentId,
      label: deploymentId,
      inputJson: EMBED_BODY,
      outputJson,
      ok: true,
      error: null,
      latencyMs: 1,
      tokens: null,
      summary: "1 vector",
      createdAt: at++,
    });
    // The last round's save: the run's input and output as objects, turned into jsonb by drizzle.
    const prunes = new PruneSchedule(PLAYGROUND_LIMITS.pruneEvery);
    const saveAsObjects = coalesced<NewPlaygroundRun>(async (runs) => {
      const due = prunes.due(runs);
      if (due.length > 0) return savePlaygroundRuns(egp.db, runs, prunes);
      await egp.db.insert(playgroundRuns).values(
        runs.map(({ inputJson, outputJson, ...rest }) => ({
          ...rest,
          input: JSON.parse(inputJson) as unknown,
          output: outputJson === null ? null : (JSON.parse(outputJson) as unknown),
          createdAt: new Date(rest.createdAt),
        })),
      );
      prunes.saved(runs, due);
    });
    const paths = {
      "execution alone (what /egp asks)": execute,
      [`last round: session check kept, runs pruned once every ${PLAYGROUND_LIMITS.pruneEvery} saves, saved as objects`]:
        async () => {
          await egp.sessionAccess(sid, ADMIN_KEY, accountId);
          const output = await execute();
          await saveAsObjects(run(output));
        },
      "now: the same, a run's input and output saved as JSON text": async () => {
        await egp.sessionAccess(sid, ADMIN_KEY, accountId);
        await egp.savePlaygroundRun(run(await execute()));
      },
    };
    /** CPU ms per call of this process (the thread the calls run on) at 10 concurrent callers. */
    const cpuPerCall = async (call: () => Promise<unknown>) => {
      let left = REQUESTS;
      const before = process.cpuUsage();
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (left-- > 0) await call();
        }),
      );
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000 / REQUESTS;
    };
    // Warm-up, and past the runs a user keeps, so each prune has runs to remove as it does in use.
    for (const call of Object.values(paths)) await cpuPerCall(call);
    const samples = new Map<string, number[]>(Object.keys(paths).map((name) => [name, []]));
    for (let round = 0; round < 3; round++) {
      for (const [name, call] of Object.entries(paths)) samples.get(name)!.push(await cpuPerCall(call));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    const base = median(samples.get("execution alone (what /egp asks)")!);
    console.log(`### The embedded server's thread per playground execution

${REQUESTS} calls per round at 10 concurrent callers, median of 3 rounds; CPU of this process (one thread).

${table(
  ["path", "CPU per request", "vs the execution alone"],
  [...samples].map(([name, xs]) => [name, `${median(xs).toFixed(2)} ms`, ratio(median(xs), base)]),
)}
`);
  } finally {
    await egp.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
