import type { Deployment } from "../egp/types";

export type StatusStep = { status: string; at: string; reason?: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * `deployment_metadata.status_history` as the embedded server writes it; other servers may send nothing.
 * Checked by hand, not with zod: this runs on first paint of the model and deployment pages.
 */
export function statusHistory(deployment: Pick<Deployment, "deployment_metadata">): StatusStep[] {
  const history = deployment.deployment_metadata?.status_history;
  if (!Array.isArray(history)) return [];
  const steps: StatusStep[] = [];
  for (const step of history) {
    if (!isRecord(step) || typeof step.status !== "string" || typeof step.at !== "string") return [];
    const { reason } = step;
    if (reason !== undefined && reason !== null && typeof reason !== "string") return [];
    steps.push({ status: step.status, at: step.at, ...(reason ? { reason } : {}) });
  }
  return steps;
}

/** Why a deployment failed (`deployment_metadata.status_reason`), when the server says. */
export function statusReason(deployment: Pick<Deployment, "deployment_metadata">): string | null {
  const reason = deployment.deployment_metadata?.status_reason;
  return typeof reason === "string" && reason.trim() ? reason : null;
}
