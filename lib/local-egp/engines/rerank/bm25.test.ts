import { describe, expect, it } from "vitest";
import { bm25Scores, bm25Terms } from "./bm25";

describe("bm25Scores", () => {
  it("matches whole words only, so 'i' does not match 'is'", () => {
    expect(bm25Scores("i", ["this is it"])).toEqual([0]);
    expect(bm25Scores("cat", ["concatenate"])).toEqual([0]);
  });

  it("treats regex metacharacters in the query as plain text", () => {
    expect(() => bm25Scores("c++ (a|b)* [x", ["c and b"])).not.toThrow();
    expect(bm25Scores("c++", ["learn c today", "learn go"])[0]).toBeGreaterThan(0);
  });

  it("ranks a rarer shared term above a common one (IDF over the request's chunks)", () => {
    const [common, rare] = bm25Scores("apple zebra", [
      "apple pie",
      "zebra crossing",
      "apple tart",
      "apple juice",
    ]).slice(0, 2);
    expect(rare).toBeGreaterThan(common);
  });

  it("prefers the shorter of two chunks with the same term count (length normalisation, b = 0.75)", () => {
    const [short, long] = bm25Scores("engine", [
      "engine repair",
      "engine repair guide for every car model ever made",
    ]);
    expect(short).toBeGreaterThan(long);
  });

  it("saturates term frequency (k1 = 1.2): ten mentions score under 2.2 × one mention", () => {
    const [once, tenTimes] = bm25Scores("oil", [
      "oil bb cc dd ee ff gg hh ii jj",
      Array(10).fill("oil").join(" "),
    ]);
    expect(tenTimes / once).toBeCloseTo((10 * 2.2) / (10 + 1.2), 10);
  });

  it("drops stop words and punctuation", () => {
    expect(bm25Terms("How do I reset MY password?!")).toEqual(["reset", "password"]);
    expect(bm25Scores("the of and", ["the of and"])).toEqual([0]);
  });
});
