import { z } from "zod";
import { describe, expect, it } from "vitest";
import { describeIssue, validateRequest } from "./validate-request";

// The embedded server publishes zod's JSON Schema (draft 2020-12) as a model's request_schema.
const completionSchema = z.toJSONSchema(
  z.strictObject({
    prompt: z.string(),
    temperature: z.number().min(0).max(2).nullish(),
    max_tokens: z.number().int().positive().nullish(),
    stop_sequences: z.array(z.string()).max(4).nullish(),
  }),
  { io: "input" },
);

describe("validateRequest", () => {
  it("accepts a valid request", async () => {
    expect(await validateRequest(completionSchema, { prompt: "hi", temperature: 1 })).toEqual({ ok: true });
  });

  it("names the fields that break the schema", async () => {
    const result = await validateRequest(completionSchema, {
      temperature: 5,
      stop_sequences: ["a", "b", "c", "d", "e"],
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["prompt", "temperature", "stop_sequences", "extra"]));
    expect(result.issues.map(describeIssue)).toContain("Prompt is required");
  });

  it("works with draft-07 schemas and skips when there is no schema", async () => {
    const draft7 = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      required: ["texts"],
    };
    const result = await validateRequest(draft7, {});
    expect(result).toEqual({ ok: false, issues: [{ path: ["texts"], message: "is required" }] });
    expect(await validateRequest({}, { anything: 1 })).toMatchObject({
      ok: true,
      skipped: expect.any(String),
    });
  });

  it("says what a person can fix, once per field, instead of ajv's anyOf wording", async () => {
    const result = await validateRequest(completionSchema, {
      prompt: "p",
      temperature: 3,
      max_tokens: 0,
      stop_sequences: ["a", "b", "c", "d", "e"],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(describeIssue)).toEqual([
      "Temperature must be between 0 and 2",
      "Max tokens must be at least 1",
      "Stop sequences can have at most 4 items",
    ]);
    const typed = await validateRequest(completionSchema, { prompt: "p", temperature: "hot" });
    expect(typed.ok === false && typed.issues.map(describeIssue)).toEqual(["Temperature must be a number"]);
  });
});
