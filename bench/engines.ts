// Local engine throughput on this machine; prints a markdown table (or JSON with --json).
// Usage: npx tsx bench/engines.ts [--json]
// Imports the engine modules directly: lib/local-egp/engines/index.ts is "server-only".
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadHashEmbedding } from "../lib/local-egp/engines/embedding/hash-embedding";
import { DEFAULT_CACHE_BYTES, EmbeddingCache } from "../lib/local-egp/engines/embedding/embedding-cache";
import { writeGgufFixture } from "../lib/local-egp/testing/gguf/write-fixture";
import { loadLlamaCppEngine } from "../lib/local-egp/engines/llama/llama-cpp-engine";
import { disposeSharedLlama } from "../lib/local-egp/engines/llama/llama-runtime";
import { loadBm25Rerank } from "../lib/local-egp/engines/rerank/bm25-rerank";
import type { EmbeddingEngine, GenerationEngine, RerankingEngine } from "../lib/local-egp/engines/types";
import { startUseVariant } from "./lib/use-variant";

type Row = { engine: string; metric: string; value: number; unit: string };
type Pair = {
  metric: string;
  before: number;
  twoThreads: number;
  after: number;
  unit: string;
  better: "higher" | "lower";
};

const VOCABULARY = (
  "password reset account settings security email link office hours support desk monday friday holiday " +
  "guitar music stage audience market stock tuesday engine car repair bicycle banana snack exercise " +
  "deployment model template group embedding rerank completion chat agent token latency"
).split(" ");

/** Deterministic pseudo-text: `count` distinct texts of `words` words each, different for each `seed`. */
function texts(count: number, words: number, seed = 0): string[] {
  let state = (seed * 2654435761 + 1) >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: words }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(" "),
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

const RERANK_QUERY = "how do I reset my account password";

/**
 * USE before (one thread, input-order padded batches, no cache) and after (threads, length groups, cache),
 * each on its own thread, run alternately so both see the same machine load.
 */
async function benchUse(rounds: number): Promise<{ pairs: Pair[]; notes: string[] }> {
  // "after, 2 threads" shows what tfjs threads add to length groups (and the cache), on this machine now.
  const variants = {
    before: await startUseVariant("before"),
    after: await startUseVariant("after"),
    twoThreads: await startUseVariant("after", { EGP_USE_THREADS: "2" }),
  };
  type Side = keyof typeof variants;
  const sides = Object.keys(variants) as Side[];
  const series = () => ({ before: [] as number[], after: [] as number[], twoThreads: [] as number[] });
  try {
    const batch = texts(32, 40, 1);
    // Real inputs vary in length, which is what padding to the longest costs for: 5 to 80 words.
    const mixed = Array.from({ length: 32 }, (_, i) => texts(1, 5 + ((i * 23) % 76), 50 + i)[0]);
    for (const side of sides) {
      await variants[side].embed(batch);
      await variants[side].rerank(RERANK_QUERY, texts(100, 40, 2));
    }
    const embed = series();
    const embedMixed = series();
    const cold = series();
    const warm = series();
    const embedCpu = series();
    const coldCpu = series();
    let sameScores = true;
    for (let round = 0; round < rounds; round++) {
      // Rotate which variant goes first, so a load spike does not always hit the same one.
      const order = sides.map((_, i) => sides[(i + round) % sides.length]);
      for (const side of order) {
        const variant = variants[side];
        const embedded = await variant.embed(batch);
        embed[side].push(embedded.ms);
        embedCpu[side].push(embedded.cpuMs);
        embedMixed[side].push((await variant.embed(mixed)).ms);
        const chunks = texts(100, 40, 100 + round); // new chunks each round: cold for the cache
        const first = await variant.rerank(RERANK_QUERY, chunks);
        const again = await variant.rerank(RERANK_QUERY, chunks);
        cold[side].push(first.ms);
        coldCpu[side].push(first.cpuMs);
        warm[side].push(again.ms);
        if (side !== "before") sameScores &&= first.scores.every((score, i) => score === again.scores[i]);
      }
    }
    const info = await variants.after.info();
    const threaded = await variants.twoThreads.info();
    const rate = (values: number[]) => (32 * 1000) / median(values);
    const pairs: Pair[] = [
      {
        metric: "use-embedding: embeddings/s (32 texts × 40 words)",
        before: rate(embed.before),
        twoThreads: rate(embed.twoThreads),
        after: rate(embed.after),
        unit: "texts/s",
        better: "higher",
      },
      {
        metric: "use-embedding: embeddings/s (32 texts of 5–80 words)",
        before: rate(embedMixed.before),
        after: rate(embedMixed.after),
        twoThreads: rate(embedMixed.twoThreads),
        unit: "texts/s",
        better: "higher",
      },
      {
        metric: "hybrid-rerank: 100 chunks × 40 words, chunks not seen before (cold)",
        before: median(cold.before),
        twoThreads: median(cold.twoThreads),
        after: median(cold.after),
        unit: "ms (median)",
        better: "lower",
      },
      {
        metric: "hybrid-rerank: the same 100 chunks again (warm)",
        before: median(warm.before),
        twoThreads: median(warm.twoThreads),
        after: median(warm.after),
        unit: "ms (median)",
        better: "lower",
      },
      // CPU time: the work itself, which the other sessions' load does not stretch as it does wall time.
      {
        metric: "use-embedding: CPU time per 32 texts × 40 words",
        before: median(embedCpu.before),
        twoThreads: median(embedCpu.twoThreads),
        after: median(embedCpu.after),
        unit: "CPU ms (median)",
        better: "lower",
      },
      {
        metric: "hybrid-rerank: CPU time for 100 unseen chunks",
        before: median(coldCpu.before),
        twoThreads: median(coldCpu.twoThreads),
        after: median(coldCpu.after),
        unit: "CPU ms (median)",
        better: "lower",
      },
    ];
    const notes = [
      `Matrix products: after ${info.native ? `native (${info.native}, ${info.nativeThreads} thread)` : `tfjs (${info.threads} thread)`}, ` +
        `after (2 threads) ${threaded.native ? `native (${threaded.native}, ${threaded.nativeThreads} threads)` : `tfjs (${threaded.threads} threads)`}. After's cache held ${info.cacheEntries} vectors, ${(info.cacheBytes / 2 ** 20).toFixed(2)} MiB charged.`,
      `Warm scores equal to the cold scores of the same request, bit for bit: ${sameScores ? "yes" : "**no**"}.`,
    ];
    return { pairs, notes };
  } finally {
    for (const variant of Object.values(variants)) await variant.close();
  }
}

/** What the cache's entries really take in this process (heap + ArrayBuffers, after a full GC). */
async function benchCacheMemory(entries: number) {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const keys = texts(entries, 40, 7).map((text, i) => `${i} ${text}`);
  const used = () => {
    gc();
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  const cache = new EmbeddingCache(Number.MAX_SAFE_INTEGER);
  const start = used();
  for (const key of keys) cache.set(key, new Float32Array(512).fill(0.5));
  const measured = (used() - start) / entries;
  const charged = cache.bytes / entries;
  const keyChars = keys.reduce((sum, key) => sum + key.length, 0) / entries;
  cache.clear();
  return { measured, charged, keyChars };
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

/** Budgets of the USE rows; each returns the verdict line. */
function budgets(pairs: Pair[]): string[] {
  const [embed, , cold, warm, embedCpu] = pairs;
  const ratio = embed.after / embed.before;
  const verdict = (ok: boolean) => (ok ? "**PASS**" : "**FAIL**");
  return [
    `- embeddings/s after ≥ 2.5× before (same run): ${ratio.toFixed(2)}× → ${verdict(ratio >= 2.5)}` +
      ` (CPU time per batch: ${(embedCpu.before / embedCpu.after).toFixed(2)}× less)`,
    `- hybrid rerank of 100 unseen chunks ≤ 1,000 ms: ${cold.after.toFixed(0)} ms → ${verdict(cold.after <= 1000)}`,
    `- hybrid rerank of 100 seen chunks ≤ 50 ms: ${warm.after.toFixed(1)} ms → ${verdict(warm.after <= 50)}`,
  ];
}

async function main() {
  const loadAtStart = loadavg();
  const rounds = Number(process.env.BENCH_USE_ROUNDS) || 5;
  const use = await benchUse(rounds);
  const loadAfterUse = loadavg();
  const memory = await benchCacheMemory(5000);
  const rows: Row[] = [];
  rows.push(await benchEmbedding("hash-embedding", loadHashEmbedding({}), 50));
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
    console.log(JSON.stringify({ use, memory, rows }, null, 2));
    return;
  }
  const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");
  console.log(
    `Universal Sentence Encoder, before vs after, ${rounds} alternating rounds on one machine in this run ` +
      "(each variant on a worker thread of its own, since tfjs's thread count is per thread). " +
      "Before: the old path, texts in input order padded to the longest of up to 64, no cache, tfjs's own WASM kernels (`EGP_USE_NATIVE=0`). " +
      "After: the defaults (length groups, one tokenisation, the per-process vector cache, the native matrix-product kernels of `native/gemm`, the heap SplitV and GatherV2, the linear-time tokenizer); " +
      "after, 2 threads: the same with `EGP_USE_THREADS=2` (the native kernels' pool; tfjs's threaded binary where they are not built). All but the last run one thread. " +
      'Factors are "times faster" (texts/s) or "times less time" (ms). ' +
      `Load average (1/5/15 min) at start ${load(loadAtStart)}, after these rows ${load(loadAfterUse)}.\n`,
  );
  console.log(
    "| metric | before | after | after, 2 threads | after vs before | after (2 threads) vs before | unit |\n" +
      "|---|---:|---:|---:|---:|---:|---|",
  );
  for (const pair of use.pairs) {
    const factor = (value: number) =>
      `${(pair.better === "higher" ? value / pair.before : pair.before / value).toFixed(2)}×`;
    console.log(
      `| ${pair.metric} | ${pair.before.toFixed(1)} | ${pair.after.toFixed(1)} | ${pair.twoThreads.toFixed(1)} | ` +
        `${factor(pair.after)} | ${factor(pair.twoThreads)} | ${pair.unit} |`,
    );
  }
  console.log(`\n${use.notes.join("\n")}\n`);
  console.log(`Budgets:\n\n${budgets(use.pairs).join("\n")}\n`);
  console.log(
    `Cache memory: one entry is charged ${memory.charged.toFixed(0)} B (2,048 B vector + 2 B per key character + ` +
      `96 B overhead; keys of ${memory.keyChars.toFixed(0)} characters) and measured at ${memory.measured.toFixed(0)} B ` +
      "(heap + ArrayBuffers after a full GC, 5,000 entries). The default bound " +
      `(${DEFAULT_CACHE_BYTES / 2 ** 20} MiB, \`EGP_USE_CACHE_MB\`) holds about ` +
      `${Math.floor(DEFAULT_CACHE_BYTES / memory.charged).toLocaleString("en")} such chunks.\n`,
  );
  console.log("| engine | metric | value | unit |\n|---|---|---:|---|");
  for (const row of rows)
    console.log(`| ${row.engine} | ${row.metric} | ${row.value.toFixed(1)} | ${row.unit} |`);
  console.log(
    "\nThe llama-cpp rows use the 117 KB random-weight fixture: they measure overhead, not a real model.",
  );
}

await main();
