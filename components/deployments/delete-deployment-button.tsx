"use client";

import { ConfirmDeleteDialog } from "@/components/confirm-delete-dialog";
import type { Deployment } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { deploymentMutations } from "@/lib/mutations/deployments";

/** Deletes a deployment after a confirmation that names it, then returns to its model. */
export function DeleteDeploymentButton({
  modelId,
  deployment,
  defaultOpen = false,
}: {
  modelId: string;
  deployment: Deployment;
  defaultOpen?: boolean;
}) {
  return (
    <ConfirmDeleteDialog
      kind="deployment"
      name={deployment.name}
      description="Its engine stops and requests to it fail from now on. The model and its other deployments stay."
      remove={(queryClient, then) => deploymentMutations.remove(queryClient, modelId, deployment.id, then)}
      redirectTo={hrefs.model(modelId)}
      defaultOpen={defaultOpen}
    />
  );
}
