import type { CompletionState } from "@/lib/playground/completion-stream";
import { RunError } from "../shared/run-error";
import { RunMeta } from "../shared/run-meta";
import type { TargetRun } from "../shared/use-target-runs";

/** Streaming text with a caret while it runs, then finish reason, tokens and latency. */
export function CompletionOutput({ run }: { run: TargetRun<CompletionState> }) {
  const state = run.result;
  return (
    <div className="space-y-3">
      {run.status !== "running" && (
        <RunMeta
          latencyMs={run.latencyMs}
          firstFrameMs={run.firstFrameMs}
          tokens={[
            { label: "Prompt tokens", value: state?.promptTokens ?? null },
            { label: "Completion tokens", value: state?.responseTokens ?? null },
          ]}
          finishReason={run.status === "stopped" ? "stopped by you" : state?.finishReason}
        />
      )}
      {run.error && <RunError error={run.error} />}
      <div
        className="bg-muted/30 min-h-24 rounded-md border p-3 font-mono text-sm leading-relaxed break-words whitespace-pre-wrap"
        aria-live="polite"
        aria-busy={run.status === "running"}
        data-testid="completion-output"
        data-status={run.status}
      >
        {state?.text}
        {run.status === "running" && (
          <span
            aria-hidden
            className="bg-foreground/70 ml-0.5 inline-block h-4 w-2 animate-pulse align-text-bottom"
          />
        )}
        {run.status !== "running" && !state?.text && <span className="text-muted-foreground">(no text)</span>}
      </div>
    </div>
  );
}
