import { describe, expect, test } from "vitest";
import { jsonErrorPosition } from "./json-position";
import { inspectJson, jsonLimitBreached } from "./json-shape";
import { errorForLog, truncateForLog } from "./log-text";
import { isJsonContentType } from "./read-body";

const nested = (depth: number): unknown => JSON.parse("[".repeat(depth) + "]".repeat(depth));

describe("inspectJson", () => {
  test("names the nesting limit and where it was passed", () => {
    expect(inspectJson({ a: { b: nested(40) } }, { depth: 32 })).toEqual({
      path: ["a", "b", ...Array(30).fill(0)],
      type: "json_too_deep",
      msg: "JSON nesting deeper than 32 levels",
    });
    expect(inspectJson(nested(32), { depth: 32 })).toBeNull();
  });

  test("walks 100,000 levels without overflowing the stack", () => {
    expect(inspectJson(nested(100_000), { depth: 64 })?.type).toBe("json_too_deep");
    expect(inspectJson(nested(100_000), {})).toBeNull();
  });

  test("bounds the serialized size and the key count", () => {
    expect(inspectJson({ a: "x".repeat(70_000) }, { bytes: 64 * 1024 })?.msg).toBe(
      "JSON value larger than 64 KB",
    );
    const wide = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]));
    expect(inspectJson(wide, { keys: 1000 })?.msg).toBe("JSON objects with more than 1000 keys in all");
  });

  test("finds lone surrogates in values and keys, accepts pairs", () => {
    expect(inspectJson({ a: ["ok", "\ud800"] }, {})).toMatchObject({
      path: ["a", 1],
      type: "string_unicode",
    });
    expect(inspectJson({ ["\udc00"]: 1 }, {})).toMatchObject({ path: ["\udc00"], type: "string_unicode" });
    expect(inspectJson({ a: "😀 \ud83d\ude00" }, {})).toBeNull();
    expect(inspectJson({ a: "\ud800" }, { surrogates: false })).toBeNull();
  });
});

test("jsonLimitBreached, the read-side check, names the same limits without overflowing", () => {
  const limits = { depth: 64, bytes: 1024 * 1024, keys: 10_000 };
  expect(jsonLimitBreached(nested(100_000), limits)).toBe("JSON nesting deeper than 64 levels");
  expect(jsonLimitBreached({ a: "x".repeat(2 * 1024 * 1024) }, limits)).toBe("JSON value larger than 1 MB");
  const wide = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i]));
  expect(jsonLimitBreached(wide, limits)).toBe("JSON objects with more than 10000 keys in all");
  expect(jsonLimitBreached({ a: [1, { b: "c" }], __proto__: null }, limits)).toBeNull();
});

describe("jsonErrorPosition", () => {
  test.each([
    ['{"a":}', 5],
    ['{"name": "a"', 12],
    ["[", 1],
    ["{}}", 2],
    ["xx", 0],
    ['{"a" 1}', 5],
    ["[1,]", 3],
    ['"abc', 0],
    ['{"a": tru}', 6],
    ['{"a": "\\x"}', 7],
    ['{"a": "x', 6],
    ["[1 2]", 3],
  ])("%s fails at %i", (text, position) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorPosition(text)).toBe(position);
  });
});

test("JSON content types follow FastAPI: application/json and application/*+json", () => {
  expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
  expect(isJsonContentType("Application/Problem+JSON")).toBe(true);
  expect(isJsonContentType("text/plain")).toBe(false);
  expect(isJsonContentType("multipart/form-data; boundary=x")).toBe(false);
  expect(isJsonContentType(null)).toBe(false);
});

describe("log lines", () => {
  test("a long value is cut and says how much was left out", () => {
    expect(truncateForLog("x".repeat(600))).toBe(`${"x".repeat(500)}… (100 more characters)`);
  });

  test("a failed query is logged without its parameters", () => {
    const error = Object.assign(
      new Error(`Failed query: insert into models\nparams: ${"n".repeat(50_000)},sk-secret`),
      {
        query: "insert into models (name) values ($1)",
        cause: new Error("index row size 50016 exceeds btree version 4 maximum 2704"),
      },
    );
    const line = errorForLog(error);
    expect(line).toContain("insert into models (name) values ($1)");
    expect(line).toContain("index row size");
    expect(line).not.toContain("sk-secret");
    expect(line.length).toBeLessThan(10_000);
  });
});
