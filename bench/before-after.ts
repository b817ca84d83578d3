/**
 * This checkout's console against an earlier commit's, back to back on one machine: both servers up at
 * once (fresh data dirs), each route measured in alternating rounds (before, after, before, …), so a
 * change in the machine's speed during the run falls on both. Routes: the models list, one embedding
 * through /egp and one through the playground (hash embedder, no model cost). Reported: the median of
 * the rounds per side, and after ÷ before.
 *
 *   git worktree add /tmp/before <commit> && cp -al node_modules /tmp/before/node_modules
 *   (cd /tmp/before && NEXT_DIST_DIR=.next-bench npx next build)
 *   BENCH_BEFORE_DIR=/tmp/before npx tsx --conditions=react-server bench/before-after.ts
 *
 * Both sides need their `.next-bench` build (this side's is made when missing; rebuild it after a change,
 * as with the other benches).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ADMIN_KEY, ROOT, distDir, ensureBuild, startConsole, type ConsoleServer } from "./lib/console";
import { treeCpuMs, withCpu } from "./lib/cpu";
import { cannon, type LoadResult } from "./lib/load";
import { ms, ratio, table } from "./lib/markdown";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const ROUND_SECONDS = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = 10;
const EMBED = { texts: ["a short sentence to embed"] };

type Target = { url: string; method: "GET" | "POST"; headers: Record<string, string>; body?: string };
type Sample = LoadResult & { cpuMsPerRequest: number };

const commitOf = (dir: string) =>
  execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();

/** The three routes on one signed-in console. */
async function targets(server: ConsoleServer): Promise<Record<string, Target>> {
  const signedIn = { cookie: server.cookie };
  type Listed = { items: { id: string; name: string; deployments?: { id: string }[] }[] };
  const listed = (await (
    await fetch(`${server.base}/api/models?limit=100`, { headers: signedIn })
  ).json()) as Listed;
  const model = listed.items.find((m) => m.name === "hash-embedding");
  const deploymentId = model?.deployments?.[0]?.id;
  if (!model || !deploymentId) throw new Error("the built-in hash-embedding deployment is missing");
  const json = { "content-type": "application/json" };
  return {
    "GET /api/models?limit=100": {
      url: `${server.base}/api/models?limit=100`,
      method: "GET",
      headers: signedIn,
    },
    "POST /egp/v4/models/{deployment}/embeddings": {
      url: `${server.base}/egp/v4/models/${deploymentId}/embeddings`,
      method: "POST",
      headers: { ...json, "x-api-key": ADMIN_KEY },
      body: JSON.stringify(EMBED),
    },
    "POST /api/playground/execute (EMBEDDING)": {
      url: `${server.base}/api/playground/execute`,
      method: "POST",
      headers: { ...signedIn, ...json, origin: server.base },
      body: JSON.stringify({ modelId: model.id, deploymentId, modelType: "EMBEDDING", request: EMBED }),
    },
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const beforeDir = process.env.BENCH_BEFORE_DIR;
  if (!beforeDir || !existsSync(path.join(beforeDir, distDir(), "BUILD_ID")))
    throw new Error(
      `BENCH_BEFORE_DIR must name a checkout with its ${distDir()} built (see this file's header)`,
    );
  ensureBuild();
  const sides = { before: path.resolve(beforeDir), after: ROOT } as const;
  const servers = {
    before: await startConsole({ root: sides.before }),
    after: await startConsole({ root: sides.after }),
  };
  try {
    const routes = { before: await targets(servers.before), after: await targets(servers.after) };
    const names = Object.keys(routes.after);
    const samples = new Map(names.map((name) => [name, { before: [] as Sample[], after: [] as Sample[] }]));
    const measure = (side: "before" | "after", name: string, duration: number) =>
      withCpu(
        () => treeCpuMs(servers[side].pid),
        () => cannon({ ...routes[side][name], connections: CONNECTIONS, duration }),
      );
    for (const name of names) {
      for (const side of ["before", "after"] as const) await measure(side, name, WARMUP);
    }
    for (let round = 0; round < ROUNDS; round++) {
      // Each round starts with the other side, so neither always follows the same load.
      const order = round % 2 ? (["after", "before"] as const) : (["before", "after"] as const);
      for (const name of names) {
        for (const side of order) samples.get(name)![side].push(await measure(side, name, ROUND_SECONDS));
      }
    }
    const rows = names.flatMap((name) => {
      const { before, after } = samples.get(name)!;
      const pick = (xs: Sample[], key: "rps" | "p50" | "cpuMsPerRequest") => median(xs.map((x) => x[key]));
      const errors = (xs: Sample[]) => xs.reduce((n, x) => n + x.errors + x.non2xx, 0);
      const row = (side: string, xs: Sample[]) => [
        name,
        side,
        pick(xs, "rps").toFixed(0),
        ms(pick(xs, "p50")),
        `${pick(xs, "cpuMsPerRequest").toFixed(2)} ms`,
        String(errors(xs)),
      ];
      return [
        row(`before (${commitOf(sides.before)})`, before),
        row(`after (${commitOf(sides.after)})`, after),
        [
          name,
          "after ÷ before",
          ratio(pick(after, "rps"), pick(before, "rps")),
          ratio(pick(after, "p50"), pick(before, "p50")),
          ratio(pick(after, "cpuMsPerRequest"), pick(before, "cpuMsPerRequest")),
          "",
        ],
      ];
    });
    console.log(`### Before and after, back to back

${ROUNDS} alternating rounds of ${ROUND_SECONDS} s per route and side after a ${WARMUP} s warm-up of each, ${CONNECTIONS} connections, both consoles running (fresh data dirs); medians of the rounds. Server CPU per request is the whole process tree's (/proc).

${table(["route", "console", "req/s", "p50", "server CPU per request", "errors + non-2xx"], rows)}
`);
  } finally {
    await Promise.all([servers.before.stop(), servers.after.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
