import { describe, expect, it } from "vitest";
import { EngineLoadError, loadEngine, type RerankingEngine } from "../index";

// The probe from the team's shared notes, local-models.md §3, with the chunks shuffled so order is tested.
const QUERY = "How do I reset my password?";
const BANANAS = "Bananas are rich in potassium and make a good snack before exercise.";
const RESET =
  "To reset your password, open Settings, choose Security and click Reset password. We email you a link to set a new one.";
const OFFICE =
  "Our office hours are Monday to Friday, 9am to 5pm. The support desk is closed on public holidays.";

async function loadRerank(image: "bm25-rerank" | "hybrid-rerank", config = {}): Promise<RerankingEngine> {
  const engine = await loadEngine({ image, config });
  if (engine.kind !== "reranking") throw new Error("expected a reranking engine");
  return engine;
}

describe("bm25-rerank", () => {
  it("scores the password-reset chunk 1 and chunks sharing no term 0, in input order", async () => {
    const engine = await loadRerank("bm25-rerank");
    const { scores, tokens } = await engine.rerank(QUERY, [BANANAS, RESET, OFFICE]);
    expect(scores).toEqual([0, 1, 0]);
    expect(tokens).toBe(6 + 12 + 22 + 18); // whitespace-separated words
  });

  it("returns no scores for no chunks", async () => {
    const engine = await loadRerank("bm25-rerank");
    expect(await engine.rerank(QUERY, [])).toEqual({ scores: [], tokens: 6 });
  });
});

describe("hybrid-rerank", () => {
  it("ranks password reset ≫ office hours, bananas with every score in [0, 1]", async () => {
    const engine = await loadRerank("hybrid-rerank");
    const { scores } = await engine.rerank(QUERY, [BANANAS, RESET, OFFICE]);
    const [bananas, reset, office] = scores;
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
    expect(reset).toBeGreaterThan(0.6);
    expect(reset).toBeGreaterThan(office + 0.4);
    expect(office).toBeGreaterThan(bananas);
  });

  it("finds a paraphrase that shares no word with the query, which BM25 alone cannot", async () => {
    const chunks = ["Steps to fix a broken car engine", "Recipes for chocolate cake"];
    const hybrid = await (await loadRerank("hybrid-rerank")).rerank("automobile repair", chunks);
    const bm25 = await (await loadRerank("bm25-rerank")).rerank("automobile repair", chunks);
    expect(bm25.scores).toEqual([0, 0]);
    expect(hybrid.scores[0]).toBeGreaterThan(hybrid.scores[1]);
  });

  it("weights USE by WEIGHT: 0 is pure BM25", async () => {
    const engine = await loadRerank("hybrid-rerank", { WEIGHT: 0 });
    expect((await engine.rerank(QUERY, [BANANAS, RESET, OFFICE])).scores).toEqual([0, 1, 0]);
  });

  it("rejects a WEIGHT outside [0, 1]", async () => {
    await expect(loadEngine({ image: "hybrid-rerank", config: { WEIGHT: 1.5 } })).rejects.toThrow(
      new EngineLoadError("hybrid-rerank: WEIGHT must be at most 1."),
    );
  });
});
