import { describe, expect, it } from "vitest";
import { toGbnfSchema, toLlamaFunctions } from "./tool-schema";

describe("toGbnfSchema", () => {
  it("keeps EGP tool arguments and drops keywords a grammar cannot enforce", () => {
    const egpArguments = {
      type: "object",
      properties: {
        city: { type: "string", description: "City name", default: "Paris", examples: ["Oslo"] },
        days: { type: "integer", description: "How many days" },
        unit: { enum: ["C", "F"] },
        tags: { type: "array", items: { type: "string" } },
      },
      required: ["city"],
    };
    expect(toGbnfSchema(egpArguments)).toEqual({
      type: "object",
      properties: {
        city: { type: "string", description: "City name" },
        days: { type: "integer", description: "How many days" },
        unit: { enum: ["C", "F"] },
        tags: { type: "array", items: { type: "string" } },
      },
    });
  });

  it("turns an object without properties into an open object and unknown shapes into any scalar", () => {
    expect(toGbnfSchema({ type: "object" })).toEqual({ type: "object", additionalProperties: true });
    expect(toGbnfSchema({ $ref: "#/x" })).toEqual({ type: ["string", "number", "boolean", "null"] });
    expect(toGbnfSchema({ anyOf: [{ type: "string" }, { type: "null" }] })).toEqual({
      oneOf: [{ type: "string" }, { type: "null" }],
    });
  });

  it("stops at a nesting limit instead of recursing forever", () => {
    let deep: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 50; i++) deep = { type: "array", items: deep };
    expect(JSON.stringify(toGbnfSchema(deep)).length).toBeLessThan(400);
  });
});

describe("toLlamaFunctions", () => {
  it("keys functions by tool name with description and params", () => {
    expect(
      toLlamaFunctions([{ name: "now", description: "Current time", parameters: { type: "object" } }]),
    ).toEqual({
      now: { description: "Current time", params: { type: "object", additionalProperties: true } },
    });
  });
});
