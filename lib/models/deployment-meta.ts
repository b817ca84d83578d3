import { z } from "zod";
import type { Deployment } from "../egp/types";

export type StatusStep = { status: string; at: string; reason?: string };

const historySchema = z.array(
  z
    .object({ status: z.string(), at: z.string(), reason: z.string().nullish() })
    .transform((step): StatusStep => ({
      status: step.status,
      at: step.at,
      ...(step.reason ? { reason: step.reason } : {}),
    })),
);

/** `deployment_metadata.status_history` as the embedded server writes it; other servers may send nothing. */
export function statusHistory(deployment: Pick<Deployment, "deployment_metadata">): StatusStep[] {
  const parsed = historySchema.safeParse(deployment.deployment_metadata?.status_history);
  return parsed.success ? parsed.data : [];
}

/** Why a deployment failed (`deployment_metadata.status_reason`), when the server says. */
export function statusReason(deployment: Pick<Deployment, "deployment_metadata">): string | null {
  const reason = deployment.deployment_metadata?.status_reason;
  return typeof reason === "string" && reason.trim() ? reason : null;
}

/** The playground's address for a READY deployment. */
export const playgroundHref = (modelId: string, deploymentId: string) =>
  `/playground?deployment=${encodeURIComponent(deploymentId)}&model=${encodeURIComponent(modelId)}`;

export const deploymentHref = (modelId: string, deploymentId: string) =>
  `/models/${encodeURIComponent(modelId)}/deployments/${encodeURIComponent(deploymentId)}`;

export const modelHref = (modelId: string) => `/models/${encodeURIComponent(modelId)}`;
