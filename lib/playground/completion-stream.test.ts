import { expect, it } from "vitest";
import { EMPTY_COMPLETION, foldCompletion } from "./completion-stream";

it("appends streamed deltas and takes finish reason and tokens from the last frame", () => {
  const frames = [
    { completions: [["p", ["Hel"]]] as [string, string[]][] },
    { completions: [["p", ["lo"]]] as [string, string[]][] },
    {
      completions: [["p", [""]]] as [string, string[]][],
      finish_reason: "length",
      prompt_tokens: 3,
      response_tokens: 2,
    },
  ];
  const state = frames.reduce(foldCompletion, EMPTY_COMPLETION);
  expect(state).toEqual({
    text: "Hello",
    finishReason: "length",
    promptTokens: 3,
    responseTokens: 2,
    frames: 3,
  });
});

it("reads a whole (non-streamed) response the same way", () => {
  const state = foldCompletion(EMPTY_COMPLETION, {
    completions: [["p", ["all at once"]]],
    finish_reason: "stop",
    prompt_tokens: 0,
    response_tokens: 0,
  });
  expect(state.text).toBe("all at once");
  expect(state.promptTokens).toBe(0);
  expect(state.finishReason).toBe("stop");
});
