/**
 * Local fine-tuning, end to end through the embedded server with the real engines (USE): uploads the
 * help-desk fixture (lib/local-egp/training/fixture.ts), runs a RERANKING job on the built-in hybrid
 * reranker and an EMBEDDING job on the built-in USE embedder, and prints each job's training time and
 * its validation metrics, base (the untuned model, measured by the same job) vs tuned.
 *   npx tsx --conditions=react-server bench/fine-tune.ts
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseMetricEvent } from "../lib/fine-tuning/metric-events";
import { createLocalEgp } from "../lib/local-egp/index";
import { helpdeskEmbeddingPairs, helpdeskRerankRows } from "../lib/local-egp/training/fixture";

const ADMIN_KEY = `egp_bench_${randomBytes(16).toString("hex")}`;
const dir = await mkdtemp(path.join(tmpdir(), "egp-bench-ft-"));
const egp = await createLocalEgp({ dataDir: dir, adminKey: ADMIN_KEY, log: () => undefined });
const accountId = egp.bootstrap.accountId;
const headers = { "x-api-key": ADMIN_KEY };

async function api(method: string, url: string, body?: unknown) {
  const res = await egp.handle(
    new Request(`http://local${url}`, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function upload(name: string, schemaType: string, rows: object[]) {
  const form = new FormData();
  form.set("account_id", accountId);
  form.set("name", name);
  form.set("schema_type", schemaType);
  form.set("file", new File([rows.map((r) => JSON.stringify(r)).join("\n")], `${name}.jsonl`));
  const res = await egp.handle(
    new Request("http://local/v4/training-datasets", { method: "POST", headers, body: form }),
  );
  if (!res.ok) throw new Error(`upload ${name}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

async function modelId(name: string): Promise<string> {
  const page = await api("GET", `/v4/models?name=${name}`);
  return page.items.find((m: { name: string }) => m.name === name).id;
}

type Row = { type: string; rows: number; split: string; seconds: number; epochs: number; metrics: string[] };

async function run(type: string, base: string, datasetId: string, rows: number): Promise<Row> {
  const started = Date.now();
  const job = await api("POST", "/v4/fine-tuning-jobs", {
    account_id: accountId,
    base_model_id: await modelId(base),
    training_dataset_id: datasetId,
  });
  await egp.idle();
  const wall = (Date.now() - started) / 1000;
  const done = await api("GET", `/v4/fine-tuning-jobs/${job.id}`);
  const events: { message: string }[] = await api("GET", `/v4/fine-tuning-jobs/${job.id}/events`);
  if (done.status !== "COMPLETED") throw new Error(`${type} job ${done.status}: ${events.at(-1)?.message}`);
  const parsed = events.map((e) => parseMetricEvent(e.message));
  const result = parsed.find((p) => p?.kind === "result");
  if (result?.kind !== "result") throw new Error("no result event");
  const split = events.find((e) => /training and \d+ validation/.test(e.message))?.message ?? "";
  const metrics = Object.keys(result.tuned).map((k) => {
    const b = result.base[k];
    const t = result.tuned[k];
    return `${k}: ${b.toFixed(4)} → ${t.toFixed(4)} (${t >= b ? "+" : ""}${(t - b).toFixed(4)})`;
  });
  const epochs = parsed.filter((p) => p?.kind === "epoch").length;
  return {
    type: `${type} (${base})`,
    rows,
    split: split.replace(/^[^:]+: /, ""),
    seconds: wall,
    epochs,
    metrics,
  };
}

const load0 = loadavg()
  .map((l) => l.toFixed(2))
  .join(" / ");
const rerankRows = helpdeskRerankRows();
const pairs = helpdeskEmbeddingPairs().map((p) => ({
  input: p.anchor,
  output: p.positive,
  negative: p.negative,
}));
const results: Row[] = [];
try {
  const rr = await upload("helpdesk-rerank", "RERANKING_QUESTIONS", rerankRows);
  results.push(await run("RERANKING", "hybrid-rerank", rr.id, rerankRows.length));
  const emb = await upload("helpdesk-pairs", "GENERATION", pairs);
  results.push(await run("EMBEDDING", "use-embedding", emb.id, pairs.length));
} finally {
  await egp.close();
  await rm(dir, { recursive: true, force: true });
}

console.log(`Fixture: the deterministic help-desk set of \`lib/local-egp/training/fixture.ts\` (seed 19): ${rerankRows.length} labelled (query, chunk, relevance) rows over 192 questions, and ${pairs.length} (question, article, negative) pairs. Each job runs with its defaults (seed 7, 20% of the questions held out); "base" is the untuned model scored by the same job on the same validation split, "tuned" the epoch it kept. Time is the job's wall time from POST to COMPLETED, USE embedding of the texts included, on this machine (load average at start ${load0}, at end ${loadavg()
  .map((l) => l.toFixed(2))
  .join(" / ")}).

| job | rows | split | epochs | training time | validation metric: base → tuned |
| --- | ---: | --- | ---: | ---: | --- |
${results.map((r) => `| ${r.type} | ${r.rows} | ${r.split} | ${r.epochs} | ${r.seconds.toFixed(1)} s | ${r.metrics.join("; ")} |`).join("\n")}
`);
