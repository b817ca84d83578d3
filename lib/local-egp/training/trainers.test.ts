import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashEmbed } from "../engines/embedding/hash-embedding";
import { parseDataset } from "./datasets";
import { applyAdapter, splitPairs, trainEmbeddingAdapter } from "./embedding-trainer";
import { helpdeskEmbeddingPairs, helpdeskRerankRows } from "./fixture";
import { ndcgAt, reciprocalRank } from "./metrics";
import { rerankFeatures, tunedRerankScore } from "./rerank-features";
import { groupRows, splitGroups, trainReranker } from "./rerank-trainer";
import { TrainingStopped } from "./types";

// The weight-free hashing embedder stands in for USE here: deterministic and fast; the bench runs USE.
const embed = async (texts: string[]) => texts.map((t) => hashEmbed(t, 256));

describe("ranking metrics", () => {
  it("scores a perfect, a reversed and an empty ranking", () => {
    expect(ndcgAt(3, [3, 2, 1], [3, 1, 0])).toBe(1);
    expect(ndcgAt(3, [1, 2, 3], [3, 1, 0])).toBeLessThan(0.7);
    expect(ndcgAt(3, [1, 2], [0, 0])).toBe(0);
    expect(reciprocalRank([0.1, 0.9, 0.5], [1, 0, 0])).toBeCloseTo(1 / 3);
  });
});

describe("the help-desk fixture", () => {
  it("is the same for a seed and has at least 1,000 rows of each kind", () => {
    expect(helpdeskRerankRows()).toEqual(helpdeskRerankRows());
    expect(helpdeskRerankRows().length).toBeGreaterThanOrEqual(1000);
    expect(helpdeskEmbeddingPairs().length).toBeGreaterThanOrEqual(1000);
    expect(helpdeskRerankRows(20)).not.toEqual(helpdeskRerankRows(19));
  });
});

describe("the committed samples", () => {
  const read = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
  it("are the generator's first rows and parse as datasets", () => {
    const rerank = parseDataset("RERANKING_QUESTIONS", "jsonl", read("helpdesk-rerank.sample.jsonl"));
    expect(rerank).toEqual({ rows: helpdeskRerankRows().slice(0, 48) });
    const pairs = parseDataset("GENERATION", "csv", read("helpdesk-pairs.sample.csv"));
    expect(pairs).toEqual({
      rows: helpdeskEmbeddingPairs()
        .slice(0, 48)
        .map((p) => ({ input: p.anchor, output: p.positive, negative: p.negative })),
    });
  });
});

describe("trainReranker", () => {
  it("beats the base hybrid reranker's NDCG@5 on held-out queries, the same way for a seed", async () => {
    const { train, validation } = splitGroups(helpdeskRerankRows(), null, { seed: 7, validation_split: 0.2 });
    const epochs: number[] = [];
    const run = () =>
      trainReranker({
        train,
        validation,
        embed,
        embedding: "hash-embedding",
        baseImage: "hybrid-rerank",
        settings: { epochs: 15 },
        hooks: { onEpoch: (r) => void epochs.push(r.loss) },
      });
    const result = await run();
    expect(result.validationQueries).toBe(38);
    expect(result.history).toHaveLength(15);
    expect(result.history[14].loss).toBeLessThan(result.history[0].loss);
    expect(result.tuned["ndcg@5"]).toBeGreaterThan(result.base["ndcg@5"] + 0.01);
    expect((await run()).weights).toEqual(result.weights);

    // The stored weights score as the trainer measured them.
    const group = validation[0];
    const [q, ...chunks] = await embed([group.query, ...group.chunks]);
    const features = rerankFeatures(group.query, group.chunks, q, chunks);
    const scores = features.map((f) => tunedRerankScore(result.weights, f));
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(ndcgAt(5, scores, group.relevance)).toBeGreaterThan(0);
  });

  it("stops when asked", async () => {
    const groups = groupRows(helpdeskRerankRows().slice(0, 120));
    await expect(
      trainReranker({
        train: groups,
        validation: groups,
        embed,
        embedding: "hash-embedding",
        baseImage: "hybrid-rerank",
        hooks: { stopped: () => true },
      }),
    ).rejects.toBeInstanceOf(TrainingStopped);
  });
});

describe("trainEmbeddingAdapter", () => {
  it("raises recall@5 of held-out questions over the base embedding", async () => {
    const pairs = helpdeskEmbeddingPairs(19, 8);
    const { train, validation } = splitPairs(pairs, null, { seed: 7, validation_split: 0.25 });
    const result = await trainEmbeddingAdapter({
      train,
      validation,
      embed,
      settings: { epochs: 5, rank: 8 },
    });
    expect(result.history).toHaveLength(5);
    expect(result.tuned["recall@5"]).toBeGreaterThan(result.base["recall@5"] + 0.1);
    expect(result.tuned.mrr).toBeGreaterThan(result.base.mrr);

    // Applying the stored adapter ranks a held-out question's article higher than the base does.
    const pair = validation.find((p) => p.negative)!;
    const base = await embed([pair.anchor, pair.positive, pair.negative!]);
    const [a, pos, neg] = applyAdapter(result.adapter, base);
    const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i], 0);
    expect(Math.hypot(...a)).toBeCloseTo(1);
    expect(dot(a, pos) - dot(a, neg)).toBeGreaterThan(0);
  }, 60_000);
});

describe("parseDataset", () => {
  it("reads JSONL and CSV rows", () => {
    const jsonl = '{"query":"q","chunk":"c","relevance":2}\n\n{"query":"q","chunk":"d","relevance":0}\n';
    expect(parseDataset("RERANKING_QUESTIONS", "jsonl", jsonl)).toEqual({
      rows: [
        { query: "q", chunk: "c", relevance: 2 },
        { query: "q", chunk: "d", relevance: 0 },
      ],
    });
    const csv = 'input,output,negative\n"How, then?","Like ""this""",\n';
    expect(parseDataset("GENERATION", "csv", csv)).toEqual({
      rows: [{ input: "How, then?", output: 'Like "this"' }],
    });
  });

  it("names the line of every bad row and keeps none of the file", () => {
    const jsonl = [
      '{"query":"q","chunk":"c","relevance":1}',
      "{not json",
      '{"query":"q","relevance":"high"}',
      "[1]",
    ].join("\n");
    const result = parseDataset("RERANKING_QUESTIONS", "jsonl", jsonl);
    expect("issues" in result && result.issues.map((i) => i.msg)).toEqual([
      expect.stringMatching(/^Line 2: is not JSON/),
      "Line 3, chunk: is missing",
      "Line 3, relevance: must be a number from 0 to 100",
      "Line 4: must be an object",
    ]);
    expect(parseDataset("RERANKING_QUESTIONS", "csv", "query,chunk\nq,c\n")).toEqual({
      issues: [expect.objectContaining({ msg: expect.stringContaining("no relevance column") })],
    });
    expect(parseDataset("GENERATION", "csv", "input,output\n")).toEqual({
      issues: [expect.objectContaining({ msg: "The file holds no rows" })],
    });
  });
});
