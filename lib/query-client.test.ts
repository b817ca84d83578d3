import { describe, expect, it } from "vitest";
import { makeQueryClient, shouldRetry } from "./query-client";

describe("shouldRetry", () => {
  it("never retries client errors", () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429]) {
      expect(shouldRetry(0, Object.assign(new Error("x"), { status }))).toBe(false);
    }
  });

  it("retries server errors and network failures once", () => {
    const serverError = Object.assign(new Error("boom"), { status: 503 });
    expect(shouldRetry(0, serverError)).toBe(true);
    expect(shouldRetry(1, serverError)).toBe(false);
    expect(shouldRetry(0, new TypeError("fetch failed"))).toBe(true);
    expect(shouldRetry(0, null)).toBe(true);
  });
});

describe("makeQueryClient", () => {
  it("sets the console's query defaults", () => {
    const defaults = makeQueryClient().getDefaultOptions().queries;
    expect(defaults?.staleTime).toBe(60_000);
    expect(defaults?.refetchOnWindowFocus).toBe(false);
    expect(defaults?.retry).toBe(shouldRetry);
  });
});
