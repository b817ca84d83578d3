import { describe, expect, it } from "vitest";
import { intSetting, parseEngineConfig, stringSetting } from "./config";
import { EngineLoadError } from "./types";

const shape = { MODEL_PATH: stringSetting, CONTEXT_SIZE: intSetting(128, 4096).default(2048) };

describe("parseEngineConfig", () => {
  it("reads upper-case keys, accepts lower-case aliases and numeric strings, applies defaults", () => {
    expect(parseEngineConfig("llama-cpp", shape, { MODEL_PATH: "/m.gguf", OTHER: 1 })).toEqual({
      MODEL_PATH: "/m.gguf",
      CONTEXT_SIZE: 2048,
    });
    expect(parseEngineConfig("llama-cpp", shape, { model_path: "/a", context_size: "512" })).toEqual({
      MODEL_PATH: "/a",
      CONTEXT_SIZE: 512,
    });
  });

  it("prefers the exact upper-case key over its alias, whichever comes first", () => {
    expect(
      parseEngineConfig("llama-cpp", shape, { model_path: "/alias", MODEL_PATH: "/exact" }).MODEL_PATH,
    ).toBe("/exact");
    expect(
      parseEngineConfig("llama-cpp", shape, { MODEL_PATH: "/exact", model_path: "/alias" }).MODEL_PATH,
    ).toBe("/exact");
  });

  it("lists every problem by key in one EngineLoadError, treating empty strings as missing", () => {
    expect(() => parseEngineConfig("llama-cpp", shape, { MODEL_PATH: "", CONTEXT_SIZE: "1.5" })).toThrow(
      new EngineLoadError("llama-cpp: MODEL_PATH is required; CONTEXT_SIZE must be a whole number."),
    );
  });
});
