import { describe, expect, it } from "vitest";
import { withEdgesServer } from "../testing/edges-server";
import { callJson, openTestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

const edges = withEdgesServer();

describe("POST /v4/chunks/rank strategies", () => {
  const chunks = [
    { chunk_id: "a", text: "the cat sat on the mat", score: 0.1, metadata: { source: "x" } },
    { chunk_id: "b", text: "dogs bark at night", score: 0.2 },
    { chunk_id: "c", text: "a cat sat quietly", score: 0.3 },
  ];
  const rank = (rank_strategy: unknown, extra: Record<string, unknown> = {}) =>
    callJson(edges.egp, "POST", "/v4/chunks/rank", {
      body: { query: "the cat sat", relevant_chunks: chunks, rank_strategy, ...extra },
    });

  it("rouge is computed: rouge2 recall by default, any metric and score the spec names", async () => {
    const res = await rank({ method: "rouge" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(specErrors("ChunksRankResponse", res.body)).toEqual([]);
    // Query bigrams "the cat", "cat sat": a has both, c has "cat sat", b none.
    expect(
      res.body.relevant_chunks.map((c: { chunk_id: string; score: number }) => [c.chunk_id, c.score]),
    ).toEqual([
      ["a", 1],
      ["c", 0.5],
      ["b", 0],
    ]);
    expect(res.body.relevant_chunks[0].metadata).toEqual({ source: "x" });

    const precision = await rank(
      { method: "rouge", params: { metric: "rouge1", score: "precision" } },
      { top_k: 2 },
    );
    expect(
      precision.body.relevant_chunks.map((c: { chunk_id: string; score: number }) => [c.chunk_id, c.score]),
    ).toEqual([
      // a: 3 of its 6 words are the query's; c: 2 of 4. Ties keep the request's order.
      ["a", 0.5],
      ["c", 0.5],
    ]);
    const lcs = await rank({ method: "rouge", params: { metric: "rougeL", score: "fmeasure" } });
    expect(lcs.status).toBe(200);
    expect(lcs.body.relevant_chunks[0].chunk_id).toBe("a");
  });

  it("refuses an unknown ROUGE metric or score with what is available", async () => {
    const metric = await rank({ method: "rouge", params: { metric: "bleu" } });
    expect(metric.status).toBe(422);
    expect(metric.body.detail[0].loc).toEqual(["body", "rank_strategy", "rouge", "params", "metric"]);
    expect(metric.body.detail[0].msg).toMatch(/rouge1, .*rougeL, rougeLsum/);
    const score = await rank({ method: "rouge", params: { score: "f1" } });
    expect(score.body.detail).toEqual([
      {
        loc: ["body", "rank_strategy", "rouge", "params", "score"],
        msg: "Input should be 'precision', 'recall' or 'fmeasure'",
        type: "enum",
      },
    ]);
  });

  it("cross_encoder is served by the built-in reranker, and each chunk's metadata says so", async () => {
    const res = await rank({ method: "cross_encoder" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(specErrors("ChunksRankResponse", res.body)).toEqual([]);
    expect(res.body.relevant_chunks.map((c: { chunk_id: string }) => c.chunk_id)).toEqual(["a", "c", "b"]);
    for (const chunk of res.body.relevant_chunks)
      expect(chunk.metadata.rank_substitution).toBe(
        'cross-encoder/ms-marco-MiniLM-L-12-v2 does not run in local mode; ranked by the built-in reranker "hybrid-rerank" instead',
      );
    expect(res.body.relevant_chunks[0].metadata.source).toBe("x");
    const unknown = await rank({ method: "cross_encoder", params: { cross_encoder_model: "mine" } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail[0].loc).toEqual([
      "body",
      "rank_strategy",
      "cross_encoder",
      "params",
      "cross_encoder_model",
    ]);
  });

  it("cross_encoder without a built-in reranker is a 422 that says what to use", async () => {
    const bare = await openTestEgp({ seed: false });
    try {
      const res = await callJson(bare, "POST", "/v4/chunks/rank", {
        body: { query: "q", relevant_chunks: chunks, rank_strategy: { method: "cross_encoder" } },
      });
      expect(res.status).toBe(422);
      expect(res.body.detail[0].msg).toMatch(/no built-in reranker .*"method": "rouge"/);
    } finally {
      await bare.close();
    }
  });

  it("unknown methods, azure_ai_foundry and a model strategy without a model are 422s", async () => {
    const unknown = await rank({ method: "bm42" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail[0]).toMatchObject({
      loc: ["body", "rank_strategy"],
      type: "union_tag_invalid",
    });
    const azure = await rank({
      method: "azure_ai_foundry",
      params: { endpoint_url: "https://x", endpoint_api_key: "k" },
    });
    expect(azure.status).toBe(422);
    expect(azure.body.detail[0].msg).toMatch(/available here: "rouge"/);
    const azureMissing = await rank({ method: "azure_ai_foundry", params: {} });
    expect(azureMissing.body.detail.map((d: { type: string }) => d.type)).toEqual(["missing", "missing"]);
    const noModel = await rank({ method: "model" });
    expect(noModel.status).toBe(422);
    expect(noModel.body.detail[0].loc).toEqual(["body", "rank_strategy", "params"]);
  });
});
