/**
 * The embedded server's thread's share of one playground execution (hash embedder), in CPU ms per
 * request at 10 concurrent callers, called in-process so that other load on the machine inflates all
 * three rows alike: the execution alone (what /egp asks of the thread), the playground's path before
 * (session record and key access as two queries, a run saved with its own insert and prune), the
 * path of the last round (sessionAccess, its answer kept while nothing changes it; runs saved together
 * while a save is in flight, each save pruning) and now (a user's runs pruned once every
 * PLAYGROUND_LIMITS.pruneEvery saves). Median of 3 rounds.
 *   npx tsx --conditions=react-server bench/session-path.ts
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PLAYGROUND_LIMITS } from "../lib/limits";
import { createLocalEgp } from "../lib/local-egp";
import type { NewPlaygroundRun } from "../lib/local-egp/console-store";
import { coalesced } from "../lib/local-egp/coalesce";
import { savePlaygroundRuns } from "../lib/local-egp/store/playground";
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
      return JSON.parse(await response.text()) as unknown;
    };
    let at = Date.now();
    const run = (output: unknown): NewPlaygroundRun => ({
      id: crypto.randomUUID(),
      accountId,
      userId,
      userLabel: "admin@local",
      modelType: "EMBEDDING",
      modelId: model.id,
      deploymentId,
      label: deploymentId,
      input: JSON.parse(EMBED_BODY) as Record<string, unknown>,
      output,
      ok: true,
      error: null,
      latencyMs: 1,
      tokens: null,
      summary: "1 vector",
      createdAt: at++,
    });
    const saveEachPruning = coalesced<NewPlaygroundRun>((runs) => savePlaygroundRuns(egp.db, runs));
    const paths = {
      "execution alone (what /egp asks)": execute,
      "playground before: 2 session queries, a save of its own": async () => {
        await Promise.all([egp.getConsoleSession(sid), egp.keyAccess(ADMIN_KEY, accountId)]);
        await savePlaygroundRuns(egp.db, [run(await execute())]);
      },
      "playground last round: sessionAccess kept, saves coalesced, each pruning": async () => {
        await egp.sessionAccess(sid, ADMIN_KEY, accountId);
        await saveEachPruning(run(await execute()));
      },
      [`playground now: the same, a user's runs pruned once every ${PLAYGROUND_LIMITS.pruneEvery} saves`]:
        async () => {
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
