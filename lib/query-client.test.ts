import { describe, expect, it } from "vitest";
import { ApiError } from "./api/errors";
import { makeQueryClient, shouldRetry, signedOutUrl } from "./query-client";

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

describe("signedOutUrl", () => {
  it("sends a 401 to sign-in, saying signed out, with the page to come back to", () => {
    const here = { pathname: "/models", search: "?q=llama" };
    expect(signedOutUrl(new ApiError("unauthorized", "You were signed out."), here)).toBe(
      "/sign-in?error=signed-out&next=%2Fmodels%3Fq%3Dllama",
    );
    expect(
      signedOutUrl(new ApiError("forbidden", "Your access to this account is disabled."), here),
    ).toBeNull();
    expect(signedOutUrl(new TypeError("fetch failed"), here)).toBeNull();
  });
});
