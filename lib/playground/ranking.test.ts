import { describe, expect, it } from "vitest";
import { chunksFromLines, rankChunks, rankedFromChunks } from "./ranking";

describe("rankChunks", () => {
  it("orders by score with rank, input position and rank change", () => {
    const rows = rankChunks(["office hours", "reset password", "bananas"], [0.2, 0.9, -0.1]);
    expect(rows.map((r) => [r.rank, r.index, r.change])).toEqual([
      [1, 1, 1],
      [2, 0, -1],
      [3, 2, 0],
    ]);
    expect(rows[0].share).toBe(1);
    expect(rows[2].share).toBe(0);
  });

  it("keeps input order on ties and honours top_k", () => {
    const rows = rankChunks(["a", "b", "c"], [0.5, 0.5, 0.7], 2);
    expect(rows.map((r) => r.text)).toEqual(["c", "a"]);
  });
});

describe("rankedFromChunks", () => {
  it("maps chunk ids back to input positions", () => {
    const rows = rankedFromChunks(
      ["x", "y", "z"],
      [
        { chunk_id: "2", score: 0.8 },
        { chunk_id: "0", score: 0.1 },
      ],
    );
    expect(rows.map((r) => [r.text, r.rank, r.change])).toEqual([
      ["z", 1, 2],
      ["x", 2, -1],
    ]);
  });
});

it("chunksFromLines splits one chunk per non-empty line", () => {
  expect(chunksFromLines(" a \n\n b\r\nc\n")).toEqual(["a", "b", "c"]);
});
