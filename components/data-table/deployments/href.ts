import type { Deployment } from "@/lib/egp/types";

export const deploymentHref = (deployment: Deployment) =>
  `/models/${encodeURIComponent(deployment.model_instance_id ?? "")}/deployments/${encodeURIComponent(deployment.id)}`;
