import { describe, expect, it } from "vitest";
import { loadHybridRerank } from "../rerank/hybrid-rerank";
import { cacheBytes, embedWithCache, EmbeddingCache, entryBytes, VECTOR_BYTES } from "./embedding-cache";
import type { UseModel } from "./use-model";

const vector = (fill: number) => new Float32Array(512).fill(fill);

describe("EmbeddingCache", () => {
  it("charges each entry its vector, its key as UTF-16 and a fixed overhead", () => {
    const cache = new EmbeddingCache(1 << 20);
    cache.set("abc", vector(1));
    expect(VECTOR_BYTES).toBe(2048);
    expect(cache.bytes).toBe(entryBytes("abc"));
    expect(entryBytes("abc")).toBe(2048 + 6 + 96);
    cache.set("abc", vector(2)); // replacing is not double-charged
    expect(cache.bytes).toBe(entryBytes("abc"));
    expect(cache.get("abc")?.[0]).toBe(2);
  });

  it("evicts the least recently used entries to stay within its bound", () => {
    const cache = new EmbeddingCache(3 * entryBytes("k0"));
    for (const key of ["k0", "k1", "k2"]) cache.set(key, vector(0));
    cache.get("k0"); // k1 is now the oldest
    cache.set("k3", vector(0));
    expect(cache.size).toBe(3);
    expect(cache.get("k1")).toBeUndefined();
    expect(cache.get("k0")).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
  });

  it("keeps nothing larger than its bound, and nothing at all with a bound of 0", () => {
    const cache = new EmbeddingCache(entryBytes("x"));
    cache.set("a much longer key than x", vector(0));
    expect(cache.size).toBe(0);
    const off = new EmbeddingCache(cacheBytes({ EGP_USE_CACHE_MB: "0" }));
    off.set("x", vector(0));
    expect(off.size).toBe(0);
  });

  it("reads EGP_USE_CACHE_MB, else 32 MiB", () => {
    expect(cacheBytes({})).toBe(32 * 1024 * 1024);
    expect(cacheBytes({ EGP_USE_CACHE_MB: "1.5" })).toBe(1.5 * 1024 * 1024);
    expect(cacheBytes({ EGP_USE_CACHE_MB: "-1" })).toBe(32 * 1024 * 1024);
  });

  it("runs the model only for texts it lacks, each distinct text once", async () => {
    const batches: number[] = [];
    // A stand-in model: one token per character, vector filled with the text's first character code.
    const use = {
      threads: 1,
      model: {
        tokenizer: { encode: (text: string) => Array.from(text, (c) => c.charCodeAt(0)) },
        model: {
          executeAsync: async ({ values }: { values: { ids: Int32Array; rows: number } }) => {
            batches.push(values.rows);
            return {
              data: async () => new Float32Array(values.rows * 512).fill(values.ids[0]),
              dispose() {},
            };
          },
        },
      },
      tf: {
        tensor2d: (positions: Int32Array) => ({ positions, dispose() {} }),
        tensor1d: (ids: Int32Array) => ({ ids, rows: 1, dispose() {} }),
      },
    } as unknown as UseModel;
    const cache = new EmbeddingCache(1 << 20);
    const first = await embedWithCache(use, cache, ["a", "a"]);
    expect(batches).toEqual([1]);
    expect(first[0][0]).toBe(97);
    expect(first[1]).toBe(first[0]);
    await embedWithCache(use, cache, ["a"]);
    expect(batches).toEqual([1]);
    expect(cache.size).toBe(1);
  });
});

describe("hybrid-rerank with the vector cache", () => {
  const QUERY = "How do I reset my password?";
  const CHUNKS = [
    "Bananas are rich in potassium and make a good snack before exercise.",
    "To reset your password, open Settings, choose Security and click Reset password.",
    "Our office hours are Monday to Friday, 9am to 5pm.",
    "Steps to fix a broken car engine",
  ];

  it("gives the same scores with and without the cache, on first sight and when the chunks come back", async () => {
    const cache = new EmbeddingCache(1 << 20);
    const cached = await loadHybridRerank({}, { cache });
    const uncached = await loadHybridRerank({}, { cache: null });
    const expected = (await uncached.rerank(QUERY, CHUNKS)).scores;
    expect((await cached.rerank(QUERY, CHUNKS)).scores).toEqual(expected);
    expect(cache.size).toBe(CHUNKS.length + 1);
    expect((await cached.rerank(QUERY, CHUNKS)).scores).toEqual(expected);
    // A request mixing seen and unseen chunks scores the seen ones as before.
    const mixed = await cached.rerank(QUERY, [...CHUNKS, "Recipes for chocolate cake"]);
    const mixedUncached = await uncached.rerank(QUERY, [...CHUNKS, "Recipes for chocolate cake"]);
    mixed.scores.forEach((score, i) => expect(score).toBeCloseTo(mixedUncached.scores[i], 6));
  });
});
