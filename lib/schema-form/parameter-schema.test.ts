import { describe, expect, it } from "vitest";
import { friendlyMessage } from "./messages";
import {
  fromFormData,
  mapParameterErrors,
  ownValue,
  toFormData,
  toParameterFormModel,
} from "./parameter-schema";

const ODD_NAMES = ["my field", "naïve ✓ 名前", "__proto__", "constructor", "a.b", "0", "toString"];
const field = (name: string, type = "str", required = false, description = "") => ({
  name,
  type,
  required,
  description,
});

describe("toParameterFormModel", () => {
  it("maps each EGP type to its JSON Schema type, with required and help text", () => {
    const model = toParameterFormModel({
      parameters: [
        field("MODEL_PATH", "str", true, "Path of a GGUF file"),
        field("CONTEXT_SIZE", "int"),
        field("TEMPERATURE", "float"),
        field("STREAM", "bool", true),
      ],
    });
    expect(model.jsonSchema).toEqual({
      type: "object",
      additionalProperties: false,
      required: ["p0", "p3"],
      properties: {
        p0: { type: "string", title: "MODEL_PATH", description: "Path of a GGUF file" },
        p1: { type: "integer", title: "CONTEXT_SIZE" },
        p2: { type: "number", title: "TEMPERATURE" },
        p3: { type: "boolean", title: "STREAM", default: false },
      },
    });
    expect(model.uiSchema.p3).toEqual({ "ui:widget": "checkbox" });
  });

  it("keeps odd names verbatim as titles behind safe keys", () => {
    const model = toParameterFormModel({ parameters: ODD_NAMES.map((n) => field(n)) });
    expect(model.fields.map((f) => f.name)).toEqual(ODD_NAMES);
    expect(Object.keys(model.jsonSchema.properties)).toEqual(ODD_NAMES.map((_, i) => `p${i}`));
    expect(Object.values(model.jsonSchema.properties).map((p) => p.title)).toEqual(ODD_NAMES);
  });

  it("tolerates a half-written schema: skips nameless and repeated fields, unknown types become text", () => {
    const model = toParameterFormModel({
      parameters: [{ name: "" }, { name: "A", type: "weird" }, { name: "A", type: "int" }, { type: "int" }],
    });
    expect(model.fields).toEqual([{ key: "p0", name: "A", type: "str", description: "", required: false }]);
    expect(toParameterFormModel(null).fields).toEqual([]);
  });
});

describe("values in and out", () => {
  const model = toParameterFormModel({
    parameters: ODD_NAMES.map((n, i) => field(n, i % 2 ? "int" : "str")),
  });

  it("round-trips values whose names are odd, as own properties", () => {
    const values = JSON.parse(
      '{"my field":"a","naïve ✓ 名前":1,"__proto__":"p","constructor":3,"a.b":"dot","0":5,"toString":"t"}',
    ) as Record<string, unknown>;
    const data = toFormData(model, values);
    expect(data).toEqual({ p0: "a", p1: 1, p2: "p", p3: 3, p4: "dot", p5: 5, p6: "t" });
    const out = fromFormData(model, data);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out).sort()).toEqual([...ODD_NAMES].sort());
    expect(JSON.parse(JSON.stringify(out))).toEqual(values);
    expect(ownValue(out, "__proto__")).toBe("p");
  });

  it("never reads inherited properties as values", () => {
    expect(toFormData(model, {})).toEqual({});
    expect(ownValue({}, "constructor")).toBeUndefined();
  });

  it("drops empty and unknown values", () => {
    expect(fromFormData(model, { p1: "", p0: undefined, p9: "x" })).toEqual({});
  });
});

describe("mapParameterErrors", () => {
  it("puts server errors on the fields they name and the rest in a general list", () => {
    const model = toParameterFormModel({ parameters: [field("__proto__"), field("a.b")] });
    const mapped = mapParameterErrors(model, [
      { path: ["a.b"], message: "Field required" },
      { path: ["__proto__"], message: "Input should be a valid string" },
      { path: ["EXTRA"], message: "Extra inputs are not permitted" },
      { path: [], message: "Bad" },
    ]);
    expect(Object.fromEntries(mapped.byKey)).toEqual({
      p1: ["Field required"],
      p0: ["Input should be a valid string"],
    });
    expect(mapped.general).toEqual(["EXTRA: Extra inputs are not permitted", "Bad"]);
  });
});

describe("friendlyMessage", () => {
  it("words ajv errors for people", () => {
    expect(friendlyMessage({ name: "required" })).toBe("This parameter is required.");
    expect(friendlyMessage({ name: "type", params: { type: "integer" } })).toBe("Enter a whole number.");
    expect(friendlyMessage({ name: "type", params: { type: "number" } })).toBe("Enter a number.");
    expect(friendlyMessage({ name: "other", message: "must be x" })).toBe("must be x");
  });
});
