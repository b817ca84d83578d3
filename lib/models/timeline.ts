import type { StatusStep } from "./deployment-meta";

export type TimelineStep = StatusStep & { source: "server" | "observed" };

/** How far apart the server's clock and this browser's may be for two sightings to count as one. */
const SAME_SIGHTING_MS = 60_000;

const time = (at: string) => {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * The server's status history, plus states this browser saw that the server did not record
 * (a server without history, or one that skips steps). Oldest first; a status repeated back to
 * back collapses into its first sighting.
 */
export function mergeTimeline(
  history: readonly StatusStep[],
  observed: readonly StatusStep[],
): TimelineStep[] {
  const steps: TimelineStep[] = history.map((step) => ({ ...step, source: "server" }));
  for (const seen of observed) {
    const known = history.some(
      (step) => step.status === seen.status && Math.abs(time(step.at) - time(seen.at)) <= SAME_SIGHTING_MS,
    );
    if (!known) steps.push({ ...seen, source: "observed" });
  }
  steps.sort((a, b) => time(a.at) - time(b.at));
  return steps.filter((step, index) => index === 0 || steps[index - 1].status !== step.status);
}

const observedByDeployment = new Map<string, StatusStep[]>();

/** Records a status this browser saw for a deployment; only changes are kept. */
export function observeStatus(
  deploymentId: string,
  status: string,
  at = new Date().toISOString(),
): StatusStep[] {
  const seen = observedByDeployment.get(deploymentId) ?? [];
  if (seen.at(-1)?.status === status) return seen;
  const next = [...seen, { status, at }];
  observedByDeployment.set(deploymentId, next);
  for (const listener of listeners) listener();
  return next;
}

export const observedStatuses = (deploymentId: string): StatusStep[] =>
  observedByDeployment.get(deploymentId) ?? [];

const listeners = new Set<() => void>();

/** For useSyncExternalStore: called whenever a new status is observed. */
export function subscribeObserved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How long a phase lasted, to the next step; null for the last one (it is still the current state). */
export function phaseDurations(steps: readonly StatusStep[]): (number | null)[] {
  return steps.map((step, index) => {
    const next = steps[index + 1];
    if (!next) return null;
    const ms = Date.parse(next.at) - Date.parse(step.at);
    return Number.isNaN(ms) ? null : Math.max(0, ms);
  });
}

/** "350 ms", "4.2 s", "3 min 5 s", "2 h 10 min": a phase's length as a person reads it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
