import { describe, expect, it } from "vitest";
import { checkAnswer } from "./answer-shape";
import { EgpError } from "./errors";
import spec from "./openapi.json";

const operations = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
  ([path, methods]) =>
    Object.keys(methods)
      .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
      .map((method) => [method, path] as const),
);

describe("checkAnswer", () => {
  it.each(operations)("compiles the 2xx schema of %s %s and judges any body", (method, path) => {
    // Any outcome but a crash: passes, or fails with our readable 502.
    for (const text of ["{}", "[]", '"x"', ""]) {
      try {
        checkAnswer(method, path, 200, text);
      } catch (error) {
        expect(error).toBeInstanceOf(EgpError);
        expect((error as EgpError).status).toBe(502);
        expect((error as EgpError).message).toMatch(/^Scale GP answered with an unexpected shape: /);
      }
    }
  });

  it("passes operations the spec does not document, and answers without a documented body", () => {
    expect(checkAnswer("get", "/v9/unknown", 200, '{"a":1}')).toEqual({ a: 1 });
    expect(checkAnswer("get", "/v9/unknown", 200, "")).toBeUndefined();
    expect(checkAnswer("patch", "/v4/accounts/{id}", 204, "")).toBeUndefined();
  });

  it("names the field, in the path form a reader knows", () => {
    const page = { items: [{ id: "m" }], total_item_count: 1, current_page: 1, items_per_page: 1 };
    expect(() => checkAnswer("get", "/v4/model-groups", 200, JSON.stringify(page))).toThrow(
      /^Scale GP answered with an unexpected shape: items\[0\]\.\w+ is missing \(GET \/v4\/model-groups\)$/,
    );
  });
});
