import { describe, expect, test } from "vitest";
import { isEmptyUsage, summarizeUsage } from "./summary";

const point = (p: number, r: number, extra: object = {}) => ({
  date: "2026-01-01T00:00:00.000Z",
  prompt_tokens: p,
  response_tokens: r,
  summary_tokens: p + r,
  ...extra,
});

describe("summarizeUsage", () => {
  test("sums tokens and requests; latency is weighted by each bucket's requests", () => {
    const s = summarizeUsage([
      point(2, 3, { request_count: 1, error_count: 0, average_latency_ms: 100 }),
      point(4, 6, { request_count: 3, error_count: 1, average_latency_ms: 20 }),
      point(0, 0, { request_count: 0, error_count: 0, average_latency_ms: null }),
    ]);
    expect(s).toEqual({
      requests: 4,
      errors: 1,
      tokens: 15,
      promptTokens: 6,
      responseTokens: 9,
      averageLatencyMs: 40,
      hasRequests: true,
    });
    expect(isEmptyUsage(s)).toBe(false);
  });

  test("tokens only (Scale GP): no request counts or latency", () => {
    const s = summarizeUsage([point(1, 1), point(0, 0)]);
    expect(s).toMatchObject({ requests: null, averageLatencyMs: null, tokens: 2, hasRequests: false });
    expect(isEmptyUsage(summarizeUsage([point(0, 0)]))).toBe(true);
  });

  test("failed requests with no tokens are still usage", () => {
    expect(isEmptyUsage(summarizeUsage([point(0, 0, { request_count: 1, error_count: 1 })]))).toBe(false);
  });
});
