import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type { DeleteResult, Deployment, DeploymentPatch, DeploymentRequest } from "../egp/types";
import type { DeploymentCreateInput, DeploymentPatchInput } from "../schemas/models";

const deploymentPath = (modelId: string, deploymentId: string) => ({
  params: { path: { model_instance_id: modelId, deployment_id: deploymentId } },
});

export function createDeployment(
  egp: EgpClient,
  accountId: string,
  modelId: string,
  input: DeploymentCreateInput,
): Promise<Deployment> {
  // safe because the upstream validates vendor_configuration's shape itself and answers 422 with its loc
  const body = { ...input, account_id: accountId } as DeploymentRequest;
  return unwrap(
    egp.POST("/v4/models/{model_instance_id}/deployments", {
      params: { path: { model_instance_id: modelId } },
      body,
    }),
  );
}

export const updateDeployment = (
  egp: EgpClient,
  modelId: string,
  deploymentId: string,
  patch: DeploymentPatchInput,
): Promise<Deployment> =>
  unwrap(
    egp.PATCH("/v4/models/{model_instance_id}/deployments/{deployment_id}", {
      ...deploymentPath(modelId, deploymentId),
      body: patch as DeploymentPatch,
    }),
  );

export const deleteDeployment = (
  egp: EgpClient,
  modelId: string,
  deploymentId: string,
): Promise<DeleteResult> =>
  unwrap(
    egp.DELETE(
      "/v4/models/{model_instance_id}/deployments/{deployment_id}",
      deploymentPath(modelId, deploymentId),
    ),
  );
