import { expect, it } from "vitest";
import { cosine, norm, similarityMatrix } from "./vectors";

it("norm and cosine follow their definitions; zero vectors compare as 0", () => {
  expect(norm([3, 4])).toBe(5);
  expect(cosine([1, 0], [0, 1])).toBe(0);
  expect(cosine([1, 1], [2, 2])).toBeCloseTo(1);
  expect(cosine([1, 0], [-1, 0])).toBeCloseTo(-1);
  expect(cosine([0, 0], [1, 1])).toBe(0);
});

it("similarityMatrix is symmetric with 1 on the diagonal", () => {
  const m = similarityMatrix([
    [1, 0],
    [1, 1],
    [0, 1],
  ]);
  expect(m[0][0]).toBe(1);
  expect(m[0][1]).toBeCloseTo(Math.SQRT1_2);
  expect(m[1][0]).toBeCloseTo(m[0][1]);
  expect(m[0][2]).toBe(0);
});
