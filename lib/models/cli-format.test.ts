import { describe, expect, it } from "vitest";
import type { Model } from "../egp/types";
import { SECRET_PLACEHOLDER, modelToCli, modelToCliJson, parseModelCli } from "./cli-format";

const model = {
  id: "m1",
  created_at: "2026-01-01T00:00:00Z",
  account_id: "a",
  created_by_user_id: "u",
  name: "my-model",
  model_type: "EMBEDDING",
  model_template_id: "t1",
  model_creation_parameters: JSON.parse('{"__proto__":"x","a.b":1}'),
  display_name: "Mine",
  description: "",
  request_schema: {},
  response_schema: {},
  deployment_count: 0,
  supports_multi_turn: false,
} as unknown as Model;

describe("model.json", () => {
  it("exports the CLI fields only, in order, and imports them back", () => {
    expect(Object.keys(modelToCli(model))).toEqual([
      "name",
      "model_type",
      "model_template_id",
      "model_creation_parameters",
      "display_name",
    ]);
    const parsed = parseModelCli(modelToCliJson(model));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.model.name).toBe("my-model");
    expect(Object.keys(parsed.model.model_creation_parameters ?? {})).toEqual(["__proto__", "a.b"]);
  });

  it("exports a masked secret as a placeholder, and importing it leaves the secret to enter again", () => {
    const withSecret = {
      ...model,
      model_creation_parameters: { BASE_URL: "http://127.0.0.1:11434/v1", API_KEY: "********" },
    } as unknown as Model;
    const json = modelToCliJson(withSecret);
    expect(json).not.toContain("********");
    expect(JSON.parse(json).model_creation_parameters.API_KEY).toBe(SECRET_PLACEHOLDER);
    const parsed = parseModelCli(json);
    expect(parsed.ok && parsed.model.model_creation_parameters).toEqual({
      BASE_URL: "http://127.0.0.1:11434/v1",
    });
  });

  it("explains what is wrong with a bad file", () => {
    expect(parseModelCli("{")).toEqual({ ok: false, message: "The file is not valid JSON." });
    expect(parseModelCli('{"name":""}')).toEqual({ ok: false, message: "name: model.json needs a name." });
    const nested = parseModelCli('{"name":"x","model_creation_parameters":{"a":{"b":1}}}');
    expect(nested.ok).toBe(false);
  });
});
