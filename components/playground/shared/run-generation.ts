import { EMPTY_COMPLETION, foldCompletion, type CompletionState } from "@/lib/playground/completion-stream";
import { streamRun } from "@/lib/playground/run-client";
import type { CompletionResponse, ExecuteBody } from "@/lib/schemas/playground";
import type { RunContext } from "./use-target-runs";

/** Runs a completion or chat request, streamed or not, folding frames into one state as they arrive. */
export async function runGeneration(body: ExecuteBody, ctx: RunContext<CompletionState>) {
  let state = EMPTY_COMPLETION;
  const { latencyMs } = await streamRun<CompletionResponse>(
    "/api/playground/execute",
    body,
    {
      onFrame: (frame) => {
        state = foldCompletion(state, frame);
        ctx.progress(state);
      },
      onFirstFrame: ctx.firstFrame,
    },
    ctx.signal,
  );
  return { result: state, latencyMs };
}

export const describeGeneration = (s: CompletionState) => ({
  summary: s.text.slice(0, 120) || "(empty)",
  tokens:
    s.promptTokens !== null || s.responseTokens !== null
      ? (s.promptTokens ?? 0) + (s.responseTokens ?? 0)
      : null,
});
