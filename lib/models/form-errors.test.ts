import { describe, expect, it } from "vitest";
import { splitDetails } from "./form-errors";

describe("splitDetails", () => {
  it("puts model, deployment and parameter errors where a person will see them", () => {
    const split = splitDetails(
      [
        { path: ["name"], message: "Taken" },
        { path: ["model_creation_parameters", "__proto__"], message: "Input should be a valid string" },
        { path: ["deployment", "name"], message: "Too long" },
        { path: ["deployment", "model_creation_parameters", "a.b"], message: "Field required" },
        { path: ["model_creation_parameters"], message: "Input should be a valid dictionary" },
        { path: ["model_type"], message: "Wrong type" },
        { path: [], message: "Broken" },
      ],
      ["name", "display_name", "deployment_name"],
    );
    expect(split.fields).toEqual([
      { name: "name", message: "Taken" },
      { name: "deployment_name", message: "Too long" },
    ]);
    expect(split.parameters).toEqual([
      { path: ["__proto__"], message: "Input should be a valid string" },
      { path: ["a.b"], message: "Field required" },
    ]);
    expect(split.other).toEqual([
      "model_creation_parameters: Input should be a valid dictionary",
      "model_type: Wrong type",
      "Broken",
    ]);
  });
});
