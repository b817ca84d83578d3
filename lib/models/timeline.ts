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
