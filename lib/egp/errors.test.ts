import { describe, expect, it } from "vitest";
import { describeDetail, egpErrorFromBody, parseDetail, parseRetryAfter } from "./errors";

describe("parseDetail", () => {
  it("keeps a string detail", () => {
    expect(parseDetail({ detail: "Model not found" })).toBe("Model not found");
  });

  it("unwraps nested detail objects as EGP sends them", () => {
    expect(parseDetail({ detail: { detail: "Limit 15 fine-tunes" } })).toBe("Limit 15 fine-tunes");
  });

  it("reads FastAPI's 422 issue list", () => {
    const detail = parseDetail({
      detail: [{ loc: ["body", "name"], msg: "Field required", type: "missing" }],
    });
    expect(detail).toEqual([{ loc: ["body", "name"], msg: "Field required", type: "missing" }]);
  });

  it("returns null for bodies without a detail", () => {
    expect(parseDetail({ foo: 1 })).toBeNull();
    expect(parseDetail(null)).toBeNull();
  });
});

describe("egpErrorFromBody", () => {
  it("names the fields of a 422 in the message", () => {
    const error = egpErrorFromBody(422, {
      detail: [
        { loc: ["body", "model_creation_parameters", "MODEL_PATH"], msg: "Field required", type: "missing" },
      ],
    });
    expect(error.status).toBe(422);
    expect(error.message).toBe(
      "The request is not valid: model_creation_parameters.MODEL_PATH: Field required",
    );
    expect(error.issues).toHaveLength(1);
  });

  it("says what a 5xx is even without a body", () => {
    expect(egpErrorFromBody(503, undefined).message).toBe("The EGP API failed");
  });

  it("describes issue lists and strings", () => {
    expect(describeDetail("x")).toBe("x");
    expect(describeDetail([{ loc: ["query", "limit"], msg: "too big", type: "x" }])).toBe(
      "query.limit: too big",
    );
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, capped at a minute", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("3600")).toBe(60_000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });
});
