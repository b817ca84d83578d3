import { expect, it } from "vitest";
import { EXAMPLE_TOOLS, parseTools } from "./tools";

it("accepts the example tools and an empty editor", () => {
  expect(parseTools(JSON.stringify(EXAMPLE_TOOLS))).toEqual({ ok: true, tools: EXAMPLE_TOOLS });
  expect(parseTools("  ")).toEqual({ ok: true, tools: [] });
});

it("explains what is wrong with a tool definition", () => {
  expect(parseTools("{")).toMatchObject({ ok: false, error: expect.stringContaining("Not valid JSON") });
  expect(parseTools("{}")).toEqual({ ok: false, error: "Tools must be a JSON array." });
  const noObject = [{ name: "t", description: "d", arguments: { type: "string" } }];
  expect(parseTools(JSON.stringify(noObject))).toMatchObject({
    ok: false,
    error: expect.stringContaining("arguments.type"),
  });
  const badProp = [
    {
      name: "t",
      description: "d",
      arguments: { type: "object", properties: { x: { type: "text", description: "" } } },
    },
  ];
  expect(parseTools(JSON.stringify(badProp))).toMatchObject({
    ok: false,
    error: expect.stringContaining('argument "x"'),
  });
  const twice = [EXAMPLE_TOOLS[0], EXAMPLE_TOOLS[0]];
  expect(parseTools(JSON.stringify(twice))).toMatchObject({
    ok: false,
    error: expect.stringContaining("used twice"),
  });
});
