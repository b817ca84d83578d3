import { describe, expect, it } from "vitest";
import { EngineLoadError, loadEngine, type EmbeddingEngine } from "../index";
import { cosine } from "../text/vector";
import { hashEmbed } from "./hash-embedding";

const GUITAR = "A man is playing a guitar on stage.";
const PARAPHRASE = "Someone performs music with a guitar in front of an audience.";
const UNRELATED = "The stock market fell sharply on Tuesday.";

async function loadEmbedding(
  image: "use-embedding" | "hash-embedding",
  config = {},
): Promise<EmbeddingEngine> {
  const engine = await loadEngine({ image, config });
  if (engine.kind !== "embedding") throw new Error("expected an embedding engine");
  return engine;
}

describe("use-embedding (Universal Sentence Encoder lite)", () => {
  it("returns one unit-length 512-d vector per text, closer for a paraphrase than for unrelated text", async () => {
    const engine = await loadEmbedding("use-embedding");
    const { vectors, tokens } = await engine.embed([GUITAR, PARAPHRASE, UNRELATED]);
    expect(engine.dimensions).toBe(512);
    expect(vectors.map((v) => v.length)).toEqual([512, 512, 512]);
    expect(Math.hypot(...vectors[0])).toBeCloseTo(1, 3);
    const paraphrase = cosine(vectors[0], vectors[1]);
    const unrelated = cosine(vectors[0], vectors[2]);
    expect(paraphrase).toBeGreaterThan(0.6);
    expect(unrelated).toBeLessThan(0.2);
    expect(tokens).toBeGreaterThan(20);
  });

  it("embeds an empty text as the zero vector instead of failing the batch", async () => {
    const engine = await loadEmbedding("use-embedding");
    const { vectors } = await engine.embed(["", GUITAR]);
    expect(vectors[0].every((x) => x === 0)).toBe(true);
    expect(Math.hypot(...vectors[1])).toBeCloseTo(1, 3);
  });

  it("gives the same vector for a text alone and inside a batch", async () => {
    const engine = await loadEmbedding("use-embedding");
    const alone = (await engine.embed([UNRELATED])).vectors[0];
    const batched = (await engine.embed([GUITAR, UNRELATED])).vectors[1];
    expect(cosine(alone, batched)).toBeGreaterThan(0.9999);
  });
});

describe("hash-embedding", () => {
  it("is deterministic, L2-normalised and sized by DIMENSIONS", async () => {
    const engine = await loadEmbedding("hash-embedding", { DIMENSIONS: "64" });
    const first = await engine.embed([GUITAR, UNRELATED]);
    const second = await engine.embed([GUITAR, UNRELATED]);
    expect(engine.dimensions).toBe(64);
    expect(first.vectors).toEqual(second.vectors);
    expect(first.vectors[0]).toHaveLength(64);
    expect(Math.hypot(...first.vectors[0])).toBeCloseTo(1, 10);
    expect(first.tokens).toBe(8 + 7); // whitespace-separated words
  });

  it("defaults to 512 dimensions and rates shared words above unrelated text", async () => {
    const engine = await loadEmbedding("hash-embedding");
    expect(engine.dimensions).toBe(512);
    const a = hashEmbed("reset your password in settings", 512);
    const b = hashEmbed("how do I reset my password", 512);
    const c = hashEmbed("bananas are yellow", 512);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.2);
    expect(hashEmbed("", 512).every((x) => x === 0)).toBe(true);
  });

  it("rejects a DIMENSIONS that is not a whole number in range", async () => {
    await expect(loadEngine({ image: "hash-embedding", config: { DIMENSIONS: 3 } })).rejects.toThrow(
      new EngineLoadError("hash-embedding: DIMENSIONS must be at least 8."),
    );
    await expect(loadEngine({ image: "hash-embedding", config: { DIMENSIONS: "lots" } })).rejects.toThrow(
      "hash-embedding: DIMENSIONS must be a number.",
    );
  });
});
