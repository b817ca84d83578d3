import { describe, expect, it } from "vitest";
import { rouge, tokenize } from "./rouge";

const close = (
  actual: { precision: number; recall: number; fmeasure: number },
  p: number,
  r: number,
  f: number,
) => {
  expect(actual.precision).toBeCloseTo(p, 4);
  expect(actual.recall).toBeCloseTo(r, 4);
  expect(actual.fmeasure).toBeCloseTo(f, 4);
};

// Values from Google's rouge-score (its README example and its rougeLsum test, the latter after Lin 2004).
const target = "The quick brown fox jumps over the lazy dog";
const prediction = "The quick brown dog jumps on the log.";

describe("ROUGE as rouge-score computes it", () => {
  it("rouge1 counts clipped unigram overlap", () => {
    close(rouge("rouge1", target, prediction), 0.75, 0.666667, 0.705882);
  });

  it("rouge2 counts bigrams", () => {
    close(rouge("rouge2", target, prediction), 2 / 7, 2 / 8, 0.266667);
  });

  it("rougeL takes the longest common subsequence", () => {
    close(rouge("rougeL", target, prediction), 0.625, 0.555556, 0.588235);
  });

  it("rougeLsum unions the LCS of each target sentence over the prediction's sentences", () => {
    close(rouge("rougeLsum", "w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5"), 0.4, 0.8, 0.533333);
    // On one line it is plain rougeL.
    close(rouge("rougeLsum", target, prediction), 0.625, 0.555556, 0.588235);
  });

  it("clips repeated n-grams and scores empty text 0", () => {
    close(rouge("rouge1", "the cat", "the the the"), 1 / 3, 1 / 2, 0.4);
    close(rouge("rouge2", "cats", "cats purr"), 0, 0, 0);
    close(rouge("rougeL", "", "anything"), 0, 0, 0);
  });

  it("tokenizes to lower-case letters and digits, in any script", () => {
    expect(tokenize("Hello, World! 42 über-Straße")).toEqual(["hello", "world", "42", "über", "straße"]);
  });
});
