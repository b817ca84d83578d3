import { expect, it } from "vitest";
import { PLAYGROUND_MODEL_TYPES } from "@/lib/schemas/playground";
import { isPlaygroundType, panelFor, PLAYGROUND_PANELS } from "./registry";

it("has exactly one panel per model type the execute route accepts", () => {
  expect(PLAYGROUND_PANELS.map((p) => p.type).sort()).toEqual([...PLAYGROUND_MODEL_TYPES].sort());
  expect(panelFor("RERANKING")?.label).toBe("Reranking");
  expect(isPlaygroundType("GENERIC")).toBe(false);
});
