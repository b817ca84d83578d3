"use client";

import { useCallback, useRef, useState } from "react";
import { ApiError } from "@/lib/api/errors";
import type { RunRecord } from "@/lib/playground/history";
import type { PlaygroundTarget } from "./types";

export type TargetRun<R> = {
  status: "running" | "done" | "error" | "stopped";
  result: R | null;
  latencyMs: number | null;
  firstFrameMs: number | null;
  error: ApiError | null;
};

export type RunContext<R> = {
  signal: AbortSignal;
  /** Streaming: replace the partial result shown so far. */
  progress: (result: R) => void;
  firstFrame: (ms: number) => void;
};

type Executor<R> = (
  target: PlaygroundTarget,
  ctx: RunContext<R>,
) => Promise<{ result: R; latencyMs: number }>;

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError("internal", error instanceof Error ? error.message : "The run failed.");
}

/**
 * Runs one input against one or two deployments at once, each with its own state and abort handle.
 * `onSettled` gets every target's final state (for history).
 */
export function useTargetRuns<R>(
  onSettled?: (target: PlaygroundTarget, run: TargetRun<R>) => void,
  restored?: RunRecord | null,
) {
  // A reopened run shows its kept output as if it had just finished.
  const [runs, setRuns] = useState<Record<string, TargetRun<R>>>(() =>
    restored?.ok && restored.response !== undefined
      ? {
          [restored.deploymentId]: {
            status: "done",
            result: restored.response as R,
            latencyMs: restored.latencyMs,
            firstFrameMs: null,
            error: null,
          },
        }
      : {},
  );
  const controllers = useRef(new Set<AbortController>());

  const patch = useCallback((id: string, next: Partial<TargetRun<R>>) => {
    setRuns((current) => ({ ...current, [id]: { ...current[id], ...next } }));
  }, []);

  const start = useCallback(
    async (targets: PlaygroundTarget[], execute: Executor<R>) => {
      const fresh: TargetRun<R> = {
        status: "running",
        result: null,
        latencyMs: null,
        firstFrameMs: null,
        error: null,
      };
      setRuns(Object.fromEntries(targets.map((t) => [t.deployment.id, fresh])));
      await Promise.all(
        targets.map(async (target) => {
          const id = target.deployment.id;
          const controller = new AbortController();
          controllers.current.add(controller);
          let partial: R | null = null;
          let firstFrameMs: number | null = null;
          const started = performance.now();
          let final: TargetRun<R>;
          try {
            const { result, latencyMs } = await execute(target, {
              signal: controller.signal,
              progress: (result) => {
                partial = result;
                patch(id, { result });
              },
              firstFrame: (ms) => {
                firstFrameMs = ms;
                patch(id, { firstFrameMs: ms });
              },
            });
            final = { status: "done", result, latencyMs, firstFrameMs, error: null };
          } catch (error) {
            const latencyMs = Math.round(performance.now() - started);
            final = controller.signal.aborted
              ? { status: "stopped", result: partial, latencyMs, firstFrameMs, error: null }
              : { status: "error", result: partial, latencyMs, firstFrameMs, error: asApiError(error) };
          } finally {
            controllers.current.delete(controller);
          }
          patch(id, final);
          onSettled?.(target, final);
        }),
      );
    },
    [onSettled, patch],
  );

  const stop = useCallback(() => {
    for (const controller of controllers.current) controller.abort();
  }, []);

  const running = Object.values(runs).some((run) => run.status === "running");
  return { runs, setRuns, start, stop, running };
}
