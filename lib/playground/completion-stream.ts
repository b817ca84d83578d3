import type { CompletionResponse } from "../schemas/playground";

export type CompletionState = {
  text: string;
  finishReason: string | null;
  promptTokens: number | null;
  responseTokens: number | null;
  frames: number;
};

export const EMPTY_COMPLETION: CompletionState = {
  text: "",
  finishReason: null,
  promptTokens: null,
  responseTokens: null,
  frames: 0,
};

/**
 * Folds one CompletionResponse (a stream frame or the whole answer) into the state: text frames
 * append their delta; the last frame carries finish_reason and token counts.
 */
export function foldCompletion(state: CompletionState, frame: CompletionResponse): CompletionState {
  const delta = frame.completions?.[0]?.[1]?.join("") ?? "";
  return {
    text: state.text + delta,
    finishReason: frame.finish_reason ?? state.finishReason,
    promptTokens:
      frame.prompt_tokens || state.promptTokens || (frame.finish_reason ? (frame.prompt_tokens ?? 0) : null),
    responseTokens:
      frame.response_tokens ||
      state.responseTokens ||
      (frame.finish_reason ? (frame.response_tokens ?? 0) : null),
    frames: state.frames + 1,
  };
}
