/**
 * Load on loopback against the built console, signed in: the models list route and an execute route
 * (embedding on the built-in hash embedder through /api/playground/execute, or the embedded
 * /egp/v4/models/{deployment}/embeddings when the playground route is absent). Errors must be zero.
 *   npx tsx --conditions=react-server bench/load.ts
 */
import { ADMIN_KEY, ensureBuild, startConsole, type ConsoleServer } from "./lib/console";
import { cannon, type LoadResult } from "./lib/load";
import { ms, pass, ratio, table } from "./lib/markdown";
import { bareHttp } from "./lib/route-baselines";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

type ModelWithDeployments = { id: string; name: string; deployments?: { id: string; status: string }[] };

async function hashEmbedder(server: ConsoleServer) {
  const page = (await (
    await fetch(`${server.base}/api/models?limit=100`, { headers: { cookie: server.cookie } })
  ).json()) as { items: ModelWithDeployments[] };
  const model = page.items.find((m) => m.name === "hash-embedding");
  const deployment = model?.deployments?.[0];
  if (!model || !deployment)
    throw new Error("the built-in hash-embedding model or its deployment is missing");
  return { modelId: model.id, deploymentId: deployment.id };
}

/** The execute target: the playground route when the build has it, else the embedded route. */
async function executeTarget(server: ConsoleServer) {
  const { modelId, deploymentId } = await hashEmbedder(server);
  const playground = {
    label: "POST /api/playground/execute (EMBEDDING, hash embedder)",
    url: `${server.base}/api/playground/execute`,
    headers: { cookie: server.cookie, origin: server.base, "content-type": "application/json" },
    body: JSON.stringify({
      modelId,
      deploymentId,
      modelType: "EMBEDDING",
      request: { texts: ["a short sentence to embed"] },
    }),
  };
  const probe = await fetch(playground.url, {
    method: "POST",
    headers: playground.headers,
    body: playground.body,
  });
  if (probe.status === 200) return playground;
  if (probe.status !== 404)
    throw new Error(`playground execute answered ${probe.status}: ${await probe.text()}`);
  return {
    label: "POST /egp/v4/models/{deployment}/embeddings (hash embedder)",
    url: `${server.base}/egp/v4/models/${deploymentId}/embeddings`,
    headers: { "x-api-key": ADMIN_KEY, "content-type": "application/json" },
    body: JSON.stringify({ texts: ["a short sentence to embed"] }),
  };
}

async function main() {
  ensureBuild();
  const server = await startConsole();
  let rows: [string, LoadResult][];
  try {
    const listUrl = `${server.base}/api/models?limit=100`;
    const listHeaders = { cookie: server.cookie };
    const listBody = await (await fetch(listUrl, { headers: listHeaders })).text();
    const execute = await executeTarget(server);
    const warm = { connections: CONNECTIONS, duration: 2 };
    await cannon({ url: listUrl, headers: listHeaders, ...warm });
    const list = await cannon({
      url: listUrl,
      headers: listHeaders,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    await cannon({ ...execute, method: "POST", ...warm });
    const run = await cannon({ ...execute, method: "POST", connections: CONNECTIONS, duration: DURATION });
    rows = [
      [
        "bare node:http, list JSON (baseline)",
        await bareHttp({ connections: CONNECTIONS, duration: DURATION, warmup: warm.duration }, listBody),
      ],
      ["GET /api/models?limit=100", list],
      [execute.label, run],
    ];
  } finally {
    await server.stop();
  }
  const base = rows[0][1];
  const errors = rows.slice(1).reduce((sum, [, r]) => sum + r.errors + r.non2xx, 0);
  console.log(`## Load (autocannon, loopback, signed in)

${CONNECTIONS} connections, ${DURATION} s per route after a 2 s warm-up, against the built console (\`scripts/server.mjs\`, as \`npm start\` serves it) with a fresh embedded store. Throughput ratios are against a bare node:http server answering the list JSON in this run.

${table(
  ["route", "req/s", "p50", "p99", "errors + non-2xx", "req/s vs bare"],
  rows.map(([name, r]) => [
    name,
    r.rps.toFixed(0),
    ms(r.p50),
    ms(r.p99),
    r.errors + r.non2xx,
    ratio(r.rps, base.rps),
  ]),
)}

Errors must be zero: ${errors} → **${pass(errors === 0)}**
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
