"use client";

import { ConfirmDeleteDialog } from "@/components/confirm-delete-dialog";
import type { Deployment } from "@/lib/egp/types";
import { modelHref } from "@/lib/models/deployment-meta";
import { deploymentQueries } from "@/lib/queries/deployments";
import { modelQueries } from "@/lib/queries/models";

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
      url={`/api/models/${encodeURIComponent(modelId)}/deployments/${encodeURIComponent(deployment.id)}`}
      redirectTo={modelHref(modelId)}
      invalidate={[deploymentQueries.lists(), modelQueries.detail(modelId).queryKey, modelQueries.lists()]}
      defaultOpen={defaultOpen}
    />
  );
}
