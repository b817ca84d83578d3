import { describe, expect, test } from "vitest";
import { layerParameters, mergeParameters } from "./creation-params";

describe("parameter layering", () => {
  test("a later layer wins; its null or absent key inherits the value below", () => {
    const model = { DIM: 8, MODEL: "m", NOTE: "model's" };
    const deployment = { DIM: null, NOTE: "deployment's", EXTRA: undefined };
    expect(layerParameters(model, deployment)).toEqual({ DIM: 8, MODEL: "m", NOTE: "deployment's" });
    expect(mergeParameters(model, deployment)).toEqual(layerParameters(model, deployment));
  });

  test("the engine's merge keeps only values a setting can hold; the checks see the rest", () => {
    const below = { A: "kept" };
    const above = { A: { nested: true }, B: [1] };
    expect(mergeParameters(below, above)).toEqual({ A: "kept" });
    expect(layerParameters(below, above)).toEqual({ A: { nested: true }, B: [1] });
  });

  test("no key reaches a prototype", () => {
    const merged = layerParameters(JSON.parse('{"__proto__": {"polluted": 1}}'));
    expect(Object.hasOwn(merged, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
