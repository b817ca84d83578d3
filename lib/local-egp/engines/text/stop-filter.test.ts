import { describe, expect, it } from "vitest";
import { createStopFilter } from "./stop-filter";

function run(stops: string[], pieces: string[]) {
  const emitted: string[] = [];
  const filter = createStopFilter(stops, (text) => emitted.push(text));
  let stoppedAfter = -1;
  pieces.forEach((piece, i) => {
    if (filter.push(piece) && stoppedAfter < 0) stoppedAfter = i;
  });
  const text = filter.finish();
  return { text, emitted, stopped: filter.stopped, stoppedAfter };
}

describe("createStopFilter", () => {
  it("ends at a stop sequence split across chunks, keeping its leading space out of the text", () => {
    const result = run([" User:"], ["Sure", ", done.", " Us", "er: next", "more"]);
    expect(result).toMatchObject({ text: "Sure, done.", stopped: true, stoppedAfter: 3 });
    expect(result.emitted.join("")).toBe("Sure, done.");
  });

  it("holds back a possible start of a stop sequence and releases it when it is not one", () => {
    const result = run(["###"], ["a #", "# b"]);
    expect(result.emitted).toEqual(["a ", "## b"]);
    expect(result).toMatchObject({ text: "a ## b", stopped: false });
  });

  it("releases held-back text at the end when generation stops without a stop sequence", () => {
    const result = run(["END"], ["the E"]);
    expect(result.emitted).toEqual(["the ", "E"]);
    expect(result.text).toBe("the E");
  });

  it("uses the earliest of several stop sequences and ignores empty ones", () => {
    expect(run(["", "b", "a"], ["xxabxx"]).text).toBe("xx");
  });

  it("passes text through untouched when there are no stop sequences", () => {
    expect(run([], ["a", "b"])).toMatchObject({ text: "ab", emitted: ["a", "b"], stopped: false });
  });
});
