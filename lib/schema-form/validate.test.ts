import { describe, expect, it } from "vitest";
import { toParameterFormModel } from "./parameter-schema";
import { validateFlatObject } from "./validate";

const model = toParameterFormModel({
  parameters: [
    { name: "__proto__", type: "str", required: true, description: "" },
    { name: "n", type: "int", required: false, description: "" },
    { name: "f", type: "float", required: false, description: "" },
    { name: "b", type: "bool", required: false, description: "" },
  ],
});

describe("validateFlatObject", () => {
  it("requires required values (empty text counts as missing)", () => {
    expect(validateFlatObject(model.jsonSchema, {}).map((e) => [e.name, e.property])).toEqual([
      ["required", ".p0"],
    ]);
    expect(validateFlatObject(model.jsonSchema, { p0: "" })).toHaveLength(1);
    expect(validateFlatObject(model.jsonSchema, { p0: "x" })).toEqual([]);
  });

  it("checks each type", () => {
    const errors = validateFlatObject(model.jsonSchema, { p0: "x", p1: 1.5, p2: "1.", p3: "yes" });
    expect(errors.map((e) => [e.property, e.params.type])).toEqual([
      [".p1", "integer"],
      [".p2", "number"],
      [".p3", "boolean"],
    ]);
    expect(validateFlatObject(model.jsonSchema, { p0: "x", p1: 2, p2: 0.5, p3: false })).toEqual([]);
  });

  it("rejects data that is not an object", () => {
    expect(validateFlatObject(model.jsonSchema, [])[0].name).toBe("type");
  });
});
