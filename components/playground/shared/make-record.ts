import type { PlaygroundModelType } from "@/lib/schemas/playground";
import type { RunRecord } from "@/lib/playground/history";
import { targetLabel, type PlaygroundTarget } from "./types";
import type { TargetRun } from "./use-target-runs";

/** A history entry for one target's finished run. */
export function makeRecord<R>(
  modelType: PlaygroundModelType,
  target: PlaygroundTarget,
  request: Record<string, unknown>,
  run: TargetRun<R>,
  describe: (result: R) => { summary: string; tokens: number | null },
): RunRecord {
  const described = run.result !== null ? describe(run.result) : null;
  return {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    modelType,
    modelId: target.model.id,
    deploymentId: target.deployment.id,
    label: targetLabel(target),
    request,
    ok: run.status === "done",
    latencyMs: run.latencyMs,
    tokens: described?.tokens ?? null,
    summary:
      run.status === "error"
        ? (run.error?.message ?? "Failed")
        : run.status === "stopped"
          ? `Stopped. ${described?.summary ?? ""}`.trim()
          : (described?.summary ?? ""),
    error: run.error?.message ?? null,
    response: run.status === "done" ? run.result : undefined,
  };
}
