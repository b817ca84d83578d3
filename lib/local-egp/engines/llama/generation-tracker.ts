import type { Token } from "node-llama-cpp";
import { createStopFilter } from "../text/stop-filter";
import type { GenerationChunk, GenerationParams, GenerationResult } from "../types";

export type RunOptions = { signal?: AbortSignal; onChunk?: (c: GenerationChunk) => void };
export type StopReason =
  "eogToken" | "stopGenerationTrigger" | "functionCalls" | "maxTokens" | "abort" | "customStopTrigger";

const MAX_STOP_SEQUENCES = 4;

/**
 * One generation's bookkeeping: streams text through the stop filter, counts tokens, and owns
 * the abort signal handed to node-llama-cpp (the caller's signal, or a stop sequence being hit).
 */
export function createGenerationTracker(params: GenerationParams, opts: RunOptions, promptTokens: number) {
  const stopController = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stopController.signal]) : stopController.signal;
  const filter = createStopFilter((params.stopSequences ?? []).slice(0, MAX_STOP_SEQUENCES), (text) =>
    opts.onChunk?.({ text }),
  );
  let completionTokens = 0;

  const result = (finishReason: GenerationResult["finishReason"]): GenerationResult => ({
    text: filter.finish(),
    finishReason: filter.stopped ? "stop" : opts.signal?.aborted ? "cancelled" : finishReason,
    promptTokens,
    completionTokens,
  });

  return {
    signal,
    onTextChunk(text: string) {
      if (filter.push(text)) stopController.abort();
    },
    onToken(tokens: Token[]) {
      completionTokens += tokens.length;
    },
    /** The result after node-llama-cpp returned with `stopReason`. */
    finished(stopReason: StopReason): GenerationResult {
      if (stopReason === "maxTokens") return result("length");
      if (stopReason === "abort") return result("cancelled");
      if (stopReason === "functionCalls") return result("tool_call");
      return result("stop");
    },
    /**
     * Aborts resolve, never reject: node-llama-cpp returns partial text when stopped mid-answer
     * but throws when stopped before the first token; both end here as "cancelled" (or "stop").
     */
    async settle(run: () => Promise<GenerationResult>): Promise<GenerationResult> {
      if (signal.aborted) return result("cancelled");
      try {
        return await run();
      } catch (error) {
        if (signal.aborted) return result("cancelled");
        throw error;
      }
    },
  };
}
