import { describe, expect, test } from "vitest";
import {
  Conflict,
  DomainError,
  Forbidden,
  Invalid,
  NotFound,
  RuleViolation,
  Unauthenticated,
  Unavailable,
} from "../domain/errors";
import { EngineRequestError } from "../engines/types";
import { HttpError, errorResponse } from "./errors";

async function answer(error: unknown) {
  const res = errorResponse(error);
  return res && { status: res.status, body: await res.json() };
}

// The one place domain refusals become HTTP: statuses as the routes answered before, FastAPI's bodies.
describe("errorResponse", () => {
  test.each([
    [new NotFound("Model", "m1"), 404, "Model m1 not found"],
    [new Forbidden("no"), 403, "no"],
    [new Unauthenticated("Missing x-api-key header"), 401, "Missing x-api-key header"],
    [new Conflict("in use"), 409, "in use"],
    [new RuleViolation("last admin"), 400, "last admin"],
    [new Unavailable("engine down"), 503, "engine down"],
    [new DomainError("plain"), 400, "plain"],
    [new HttpError(413, "too large"), 413, "too large"],
    [new EngineRequestError("upstream unreachable"), 502, "upstream unreachable"],
    // An upstream that refused the request refuses it again on retry; timeouts and rate limits may pass.
    [new EngineRequestError("upstream said no", 401), 400, "upstream said no"],
    [new EngineRequestError("upstream bad request", 400), 400, "upstream bad request"],
    [new EngineRequestError("upstream busy", 429), 502, "upstream busy"],
    [new EngineRequestError("upstream timeout", 408), 502, "upstream timeout"],
    [new EngineRequestError("upstream failed", 500), 502, "upstream failed"],
  ])("%s → %i", async (error, status, detail) => {
    expect(await answer(error)).toEqual({ status, body: { detail } });
  });

  test("an Invalid with a plain message is still a 422 list, on the body", async () => {
    expect(await answer(new Invalid("Bad body"))).toEqual({
      status: 422,
      body: { detail: [{ loc: ["body"], msg: "Bad body", type: "value_error" }] },
    });
  });

  test("Invalid issues are a 422 list of {loc, msg, type}", async () => {
    const error = Invalid.field("model_group_id", "Model group g not found");
    expect(await answer(error)).toEqual({
      status: 422,
      body: {
        detail: [{ loc: ["body", "model_group_id"], msg: "Model group g not found", type: "value_error" }],
      },
    });
  });

  test("anything else is not answered here (the server logs it and answers 500)", () => {
    expect(errorResponse(new Error("SQL went wrong"))).toBeNull();
    expect(errorResponse("thrown string")).toBeNull();
  });
});
