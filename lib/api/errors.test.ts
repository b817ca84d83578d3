import { describe, expect, it } from "vitest";

import { ApiError, apiErrorFromBody } from "./errors";

describe("apiErrorFromBody", () => {
  it("reads our envelope with details and retryAfterMs", () => {
    const error = apiErrorFromBody({
      error: {
        code: "unprocessable",
        message: "Fix the form",
        details: [{ path: ["model_creation_parameters", 0], message: "Required", extra: 1 }],
        retryAfterMs: 250,
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.code).toBe("unprocessable");
    expect(error?.status).toBe(422);
    expect(error?.message).toBe("Fix the form");
    expect(error?.details).toEqual([{ path: ["model_creation_parameters", 0], message: "Required" }]);
    expect(error?.retryAfterMs).toBe(250);
  });

  it("reads a minimal envelope", () => {
    const error = apiErrorFromBody({ error: { code: "not_found", message: "Gone" } });
    expect(error?.details).toEqual([]);
    expect(error?.retryAfterMs).toBeNull();
  });

  it.each([
    null,
    "oops",
    [],
    { error: "boom" },
    { error: { code: "teapot", message: "x" } },
    { error: { code: "toString", message: "x" } },
    { error: { code: "not_found" } },
    { error: { code: "not_found", message: 3 } },
    { error: { code: "not_found", message: "x", details: "bad" } },
    { error: { code: "not_found", message: "x", details: [{ path: "a", message: "m" }] } },
    { error: { code: "not_found", message: "x", details: [{ path: [{}], message: "m" }] } },
    { error: { code: "not_found", message: "x", details: [{ path: ["a"] }] } },
    { error: { code: "not_found", message: "x", retryAfterMs: "5" } },
    { error: { code: "not_found", message: "x", retryAfterMs: Number.NaN } },
  ])("returns null for a body that is not our envelope: %j", (body) => {
    expect(apiErrorFromBody(body)).toBeNull();
  });
});
