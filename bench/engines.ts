// Local engine throughput on this machine; prints a markdown table (or JSON with --json).
// Usage: npx tsx bench/engines.ts [--json]
// Imports the engine modules directly: lib/local-egp/engines/index.ts is "server-only".
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadHashEmbedding } from "../lib/local-egp/engines/embedding/hash-embedding";
import { loadUseEmbedding } from "../lib/local-egp/engines/embedding/use-embedding";
import { writeGgufFixture } from "../lib/local-egp/testing/gguf/write-fixture";
import { loadLlamaCppEngine } from "../lib/local-egp/engines/llama/llama-cpp-engine";
import { disposeSharedLlama } from "../lib/local-egp/engines/llama/llama-runtime";
import { loadBm25Rerank } from "../lib/local-egp/engines/rerank/bm25-rerank";
import { loadHybridRerank } from "../lib/local-egp/engines/rerank/hybrid-rerank";
import type { EmbeddingEngine, GenerationEngine, RerankingEngine } from "../lib/local-egp/engines/types";

type Row = { engine: string; metric: string; value: number; unit: string };

const VOCABULARY = (
  "password reset account settings security email link office hours support desk monday friday holiday " +
  "guitar music stage audience market stock tuesday engine car repair bicycle banana snack exercise " +
  "deployment model template group embedding rerank completion chat agent token latency"
).split(" ");

/** Deterministic pseudo-text: `count` texts of `words` words each. */
function texts(count: number, words: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, t) =>
    Array.from({ length: words }, (_, w) => VOCABULARY[(t * 7 + w * 13 + offset) % VOCABULARY.length]).join(
      " ",
    ),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up: first calls compile WASM kernels and fill caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

async function benchEmbedding(name: string, engine: EmbeddingEngine, runs: number): Promise<Row> {
  const batch = texts(32, 40);
  const ms = median(await timeRuns(runs, () => engine.embed(batch)));
  return {
    engine: name,
    metric: "embeddings/s (32 texts × 40 words)",
    value: (32 * 1000) / ms,
    unit: "texts/s",
  };
}

async function benchRerank(name: string, engine: RerankingEngine, runs: number): Promise<Row> {
  const chunks = texts(100, 40, 3);
  const ms = median(await timeRuns(runs, () => engine.rerank("how do I reset my account password", chunks)));
  return { engine: name, metric: "rerank latency (100 chunks × 40 words)", value: ms, unit: "ms (median)" };
}

async function benchGeneration(engine: GenerationEngine): Promise<Row[]> {
  const firstToken: number[] = [];
  const rates: number[] = [];
  const generate = async () => {
    const start = performance.now();
    let first: number | undefined;
    const result = await engine.complete(
      "Once upon a time",
      { maxTokens: 64, temperature: 0.7 },
      { onChunk: () => (first ??= performance.now() - start) },
    );
    const seconds = (performance.now() - start) / 1000;
    firstToken.push(first ?? NaN);
    rates.push(result.completionTokens / seconds);
  };
  await timeRuns(5, generate);
  return [
    {
      engine: "llama-cpp (fixture)",
      metric: "first-token latency",
      value: median(firstToken.slice(1)),
      unit: "ms (median)",
    },
    {
      engine: "llama-cpp (fixture)",
      metric: "generation speed (64 tokens)",
      value: median(rates.slice(1)),
      unit: "tokens/s",
    },
  ];
}

async function main() {
  const loadAtStart = loadavg()[0];
  const rows: Row[] = [];
  const hash = loadHashEmbedding({});
  const use = await loadUseEmbedding();
  rows.push(await benchEmbedding("use-embedding", use, 3));
  rows.push(await benchEmbedding("hash-embedding", hash, 50));
  rows.push(await benchRerank("hybrid-rerank", await loadHybridRerank({}), 3));
  rows.push(await benchRerank("bm25-rerank", loadBm25Rerank(), 50));

  const dir = await mkdtemp(join(tmpdir(), "egp-bench-"));
  try {
    const modelPath = await writeGgufFixture(join(dir, "fixture.gguf"));
    const llama = await loadLlamaCppEngine({ MODEL_PATH: modelPath });
    rows.push(...(await benchGeneration(llama)));
    await llama.dispose();
  } finally {
    await disposeSharedLlama();
    await rm(dir, { recursive: true, force: true });
  }

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log("| engine | metric | value | unit |\n|---|---|---:|---|");
  for (const row of rows)
    console.log(`| ${row.engine} | ${row.metric} | ${row.value.toFixed(1)} | ${row.unit} |`);
  console.log(
    `\nLoad average at start: ${loadAtStart.toFixed(1)} (2 cores: anything above 2 slows every row).` +
      "\nThe llama-cpp rows use the 117 KB random-weight fixture: they measure overhead, not a real model.",
  );
}

await main();
