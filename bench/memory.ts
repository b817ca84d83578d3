/**
 * Memory: resident memory (RSS, every process of the console's tree, from /proc) of the built console
 * started as users start it (`node scripts/start.mjs`, fresh EGP_DATA_DIR): after start, after executing
 * each seeded built-in deployment once, and every 1,000 of 10,000 executions on the hash embedder (half
 * through the playground route, half through /egp, at MEMORY_CONNECTIONS concurrent connections).
 * Budget: after the warm-up, RSS grows by at most 1 KB per execution (least-squares slope), and the
 * console's stderr holds no MaxListenersExceededWarning.
 *   npx tsx --conditions=react-server bench/memory.ts
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ADMIN_KEY, ROOT, distDir, ensureBuild, signIn } from "./lib/console";
import { treeRssBytes } from "./lib/cpu";
import { cannon } from "./lib/load";
import { pass, table } from "./lib/markdown";
import { freePort, stopChild, waitForHttp } from "./lib/ports";

const TOTAL = Number(process.env.MEMORY_EXECUTIONS ?? 10_000);
const STEP = 1_000;
const WARM_UP = 2_000;
const CONNECTIONS = Number(process.env.MEMORY_CONNECTIONS ?? 16);
/** Bytes of RSS growth allowed per execution after the warm-up (see the section's text for why). */
const SLOPE_BUDGET = 1024;
const COLLECT_GARBAGE = path.join(ROOT, "bench/lib/collect-garbage.mjs");
const SESSION_SECRET = "bench-session-secret-0123456789abcdef0123456789";

type Model = {
  id: string;
  name: string;
  model_type: string;
  base_model_metadata?: { ui_model_section_type?: string } | null;
  deployments?: { id: string; status: string }[];
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One request each built-in model type takes. */
function requestFor(type: string): { path: string; body: unknown } | null {
  if (type === "EMBEDDING") return { path: "embeddings", body: { texts: ["a short sentence to embed"] } };
  if (type === "RERANKING")
    return {
      path: "rerankings",
      body: { query: "reset a password", chunks: ["How to reset your password", "Opening hours"] },
    };
  return null;
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function main() {
  ensureBuild();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bench-memory-"));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir(),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      EGP_DATA_DIR: dataDir,
      EGP_LOCAL_ADMIN_KEY: ADMIN_KEY,
      SESSION_SECRET,
      EGP_API_URL: "",
      DATABASE_URL: "",
      PORT: String(port),
      // An inspector on a free port in each process of the tree, so each sample can follow a full GC.
      NODE_OPTIONS: "--inspect=127.0.0.1:0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const base = `http://127.0.0.1:${port}`;
  let workers = 0;
  /** RSS after a full garbage collection on every thread of every process of the tree. */
  const rss = () => {
    for (const [, url] of stderr.matchAll(/Debugger listening on (ws:\/\/\S+)/g)) {
      const gc = spawnSync(process.execPath, ["--experimental-websocket", COLLECT_GARBAGE, url], {
        encoding: "utf8",
        timeout: 90_000,
      });
      if (gc.status !== 0) throw new Error(`collecting garbage failed: ${gc.stderr}`);
      workers = Math.max(workers, (JSON.parse(gc.stdout) as { workers: number }).workers);
    }
    return treeRssBytes(child.pid!);
  };
  try {
    await waitForHttp(`${base}/api/health`, { child, timeoutMs: 600_000 });
    const cookie = await signIn(base);
    const admin = { "x-api-key": ADMIN_KEY, "content-type": "application/json" };
    // The embedded server starts on first use: one list call brings it up before the "after start" sample.
    const listed = await fetch(`${base}/egp/v4/models?limit=100&view=Deployments`, { headers: admin });
    if (listed.status !== 200)
      throw new Error(`models list answered ${listed.status}: ${await listed.text()}`);
    const models = ((await listed.json()) as { items: Model[] }).items.filter(
      (m) => m.base_model_metadata?.ui_model_section_type === "OPENSOURCE",
    );
    const afterStart = rss();

    const engines: (string | number)[][] = [];
    for (const model of models) {
      const request = requestFor(model.model_type);
      const deployment = model.deployments?.find((d) => d.status === "READY") ?? model.deployments?.[0];
      if (!request || !deployment) {
        engines.push([
          model.name,
          model.model_type,
          "not executed: no deployment or no request for its type",
          "–",
        ]);
        continue;
      }
      const started = performance.now();
      const response = await fetch(`${base}/egp/v4/models/${deployment.id}/${request.path}`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify(request.body),
      });
      const text = await response.text();
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      engines.push([
        model.name,
        model.model_type,
        response.ok ? `${response.status} in ${seconds} s` : `${response.status}: ${text.slice(0, 120)}`,
        mb(rss()),
      ]);
    }
    const afterEngines = rss();

    const hash = models.find((m) => m.name === "hash-embedding");
    const hashDeployment = hash?.deployments?.[0]?.id;
    if (!hash || !hashDeployment) throw new Error("the built-in hash-embedding deployment is missing");
    const embed = { texts: ["a short sentence to embed"] };
    const targets = [
      {
        url: `${base}/api/playground/execute`,
        headers: { cookie, origin: base, "content-type": "application/json" },
        body: JSON.stringify({
          modelId: hash.id,
          deploymentId: hashDeployment,
          modelType: "EMBEDDING",
          request: embed,
        }),
      },
      {
        url: `${base}/egp/v4/models/${hashDeployment}/embeddings`,
        headers: admin,
        body: JSON.stringify(embed),
      },
    ];
    const samples: [number, number][] = [];
    const beforeGc: number[] = [];
    let failed = 0;
    for (let done = 0; done < TOTAL;) {
      for (const target of targets) {
        const result = await cannon({
          ...target,
          method: "POST",
          connections: CONNECTIONS,
          amount: STEP / 2,
        });
        failed += result.errors + result.non2xx;
      }
      done += STEP;
      beforeGc.push(treeRssBytes(child.pid!));
      samples.push([done, rss()]);
    }

    const after = samples.filter(([n]) => n >= WARM_UP);
    const perExecution = slope(after);
    const growth = after[after.length - 1][1] - after[0][1];
    const warnings = stderr.split("\n").filter((line) => /MaxListenersExceededWarning/.test(line));
    const slopeOk = perExecution <= SLOPE_BUDGET;
    console.log(`## Memory

\`node scripts/start.mjs\` on the built console (\`${distDir()}\`) with a fresh EGP_DATA_DIR; RSS is VmRSS summed over the process tree (start.mjs and \`scripts/server.mjs\`; the embedded server's worker is a thread of the latter), read from /proc when no request is in flight, right after a full garbage collection forced through the inspector (\`NODE_OPTIONS=--inspect=127.0.0.1:0\`, \`bench/lib/collect-garbage.mjs\`) on every thread (${workers} worker thread(s) besides the main ones). Without it, RSS follows when V8 happens to collect: in a 30,000-execution trial it rose by ~300 MB over the first ~12,000 executions and then stayed flat, which a 10,000-execution window cannot tell from a leak. The "before GC" column is that raw figure.

${table(
  ["point", "RSS after full GC", "RSS before GC"],
  [
    ["after start (signed in, embedded server up, models listed)", mb(afterStart), "–"],
    [`after executing each of the ${models.length} built-in deployments once`, mb(afterEngines), "–"],
    ...samples.map(([n, bytes], i) => [
      `after ${n.toLocaleString("en")} hash-embedder executions`,
      mb(bytes),
      mb(beforeGc[i]),
    ]),
  ],
)}

Built-in engines, executed once each through \`/egp\`:

${table(["model", "type", "answer", "RSS after"], engines)}

${TOTAL.toLocaleString("en")} executions of one embedding on the hash embedder, in steps of ${STEP.toLocaleString("en")} (${STEP / 2} through \`POST /api/playground/execute\`, then ${STEP / 2} through \`POST /egp/v4/models/{deployment}/embeddings\`), ${CONNECTIONS} concurrent connections; errors + non-2xx: ${failed}.

After the warm-up (the first ${WARM_UP.toLocaleString("en")}, which fill V8's code and heap to their working size), RSS moved by ${mb(growth)} from ${WARM_UP.toLocaleString("en")} to ${TOTAL.toLocaleString("en")} executions; the least-squares slope over the ${after.length} samples is **${(perExecution / 1024).toFixed(2)} KB per execution**. Bound: ≤ ${SLOPE_BUDGET / 1024} KB per execution. Every execution allocates a Request with its headers, a 512-float answer (~10 KB of JSON) and a Response; keeping any of these per execution costs more than 1 KB each, so a per-request leak shows as ≥ ${mb((TOTAL - WARM_UP) * SLOPE_BUDGET)} over the ${(TOTAL - WARM_UP).toLocaleString("en")} post-warm-up executions, while a heap that has reached its working size moves by less than that between samples. → **${pass(slopeOk)}**

\`MaxListenersExceededWarning\` lines in the console's stderr under this load: ${warnings.length}${warnings.length ? `\n\n\`\`\`\n${warnings.slice(0, 3).join("\n")}\n\`\`\`` : ""} → **${pass(warnings.length === 0)}**

Errors must be zero: ${failed} → **${pass(failed === 0)}**
`);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr.slice(-4000)}`);
  } finally {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
