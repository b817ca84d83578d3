import type { RunRecord } from "./history";
import type { PlaygroundRun } from "./run-types";
import {
  PLAYGROUND_MODEL_TYPES,
  type PlaygroundModelType,
  type RerankingResponse,
} from "../schemas/playground";

const isModelType = (value: string): value is PlaygroundModelType =>
  (PLAYGROUND_MODEL_TYPES as readonly string[]).includes(value);

/**
 * A saved run as the panels reopen it: its request fills the inputs and its output the results. A
 * reranking's output is the rerankings answer; the chunks rank beside it was not part of the run.
 */
export function reopenRecord(run: PlaygroundRun): RunRecord | null {
  if (!isModelType(run.modelType)) return null;
  let response: unknown = run.output ?? undefined;
  if (run.modelType === "RERANKING" && run.output) {
    const chunks = Array.isArray(run.input.chunks) ? (run.input.chunks as string[]) : [];
    response = {
      chunks,
      topK: typeof run.input.top_k === "number" ? run.input.top_k : undefined,
      rerank: run.output as RerankingResponse,
      rerankMs: run.latencyMs,
      rank: null,
      rankMs: null,
      rankError: null,
    };
  }
  return {
    id: run.id,
    at: new Date(run.createdAt).toISOString(),
    modelType: run.modelType,
    modelId: run.modelId,
    deploymentId: run.deploymentId,
    label: run.label,
    request: run.input,
    ok: run.ok,
    latencyMs: run.latencyMs,
    tokens: run.tokens,
    summary: run.summary,
    error: run.error,
    response,
  };
}
