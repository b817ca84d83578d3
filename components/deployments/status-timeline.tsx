"use client";

import { useSyncExternalStore } from "react";

import { DeploymentStatusBadge } from "@/components/status/deployment-status-badge";
import type { StatusStep } from "@/lib/models/deployment-meta";
import {
  formatDuration,
  mergeTimeline,
  observedStatuses,
  phaseDurations,
  subscribeObserved,
} from "@/lib/models/timeline";
import { cn } from "@/lib/utils";

const NONE: StatusStep[] = [];

/** Every state the deployment went through, oldest first: the server's history plus what this browser saw. */
export function StatusTimeline({ deploymentId, history }: { deploymentId: string; history: StatusStep[] }) {
  const observed = useSyncExternalStore(
    subscribeObserved,
    () => observedStatuses(deploymentId),
    () => NONE,
  );
  const steps = mergeTimeline(history, observed);
  const durations = phaseDurations(steps);
  if (steps.length === 0)
    return <p className="text-muted-foreground text-sm">No status changes recorded yet.</p>;
  return (
    <ol aria-label="Status timeline" className="relative space-y-4">
      {steps.map((step, index) => {
        const last = index === steps.length - 1;
        const when = new Date(step.at);
        const took = durations[index];
        return (
          <li key={`${step.status}-${step.at}`} className="relative flex gap-3 pl-1">
            <span aria-hidden className="flex w-3 flex-col items-center">
              <span
                className={cn(
                  "mt-1.5 size-2.5 shrink-0 rounded-full border-2",
                  last ? "border-primary bg-primary" : "border-muted-foreground/40 bg-background",
                )}
              />
              {!last && <span className="bg-border mt-1 w-px flex-1" />}
            </span>
            <div className="min-w-0 flex-1 space-y-1 pb-1">
              {/* Only the current state may spin; past ones are done. */}
              <div className={cn("flex flex-wrap items-center gap-2", !last && "[&_svg]:animate-none")}>
                <DeploymentStatusBadge status={step.status} />
                <time dateTime={step.at} className="text-muted-foreground text-xs tabular-nums">
                  {Number.isNaN(when.getTime()) ? step.at : when.toLocaleTimeString()}
                </time>
                {took !== null && (
                  <span className="text-muted-foreground text-xs tabular-nums" title="Time in this state">
                    · <span className="sr-only">lasted </span>
                    {formatDuration(took)}
                  </span>
                )}
                {step.source === "observed" && (
                  <span className="text-muted-foreground text-xs">seen by this browser</span>
                )}
              </div>
              {step.reason && <p className="text-muted-foreground text-sm break-words">{step.reason}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
