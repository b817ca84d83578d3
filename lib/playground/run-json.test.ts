import { describe, expect, test } from "vitest";
import { storableJson, storableJsonText } from "./run-json";

describe("a run's JSON text", () => {
  test("replaces U+0000 in strings and keys, and nothing else", () => {
    const value = {
      "k\u0000": ["a\u0000b", "\\u0000 typed", "\\\u0000", 1.5, null],
      nested: { t: "\u0000" },
    };
    expect(JSON.parse(storableJson(value))).toEqual({
      "k\uFFFD": ["a\uFFFDb", "\\u0000 typed", "\\\uFFFD", 1.5, null],
      nested: { t: "\uFFFD" },
    });
  });

  test("text without U+0000 passes as it is", () => {
    const text = JSON.stringify({ embeddings: [[0.25, -1]], note: "back\\slash u0000" });
    expect(storableJsonText(text)).toBe(text);
  });

  test("undefined is stored as null", () => {
    expect(storableJson(undefined)).toBe("null");
  });
});
