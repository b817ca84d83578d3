import type { Deployment } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";

export const deploymentHref = (deployment: Deployment) =>
  hrefs.deployment(deployment.model_instance_id ?? "", deployment.id);
