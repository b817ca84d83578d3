import "server-only";
import { ApiError } from "../api/errors";
import { unwrap, type EgpClient } from "../egp/client";
import { asLocalLogsClient, type DeploymentLogPage } from "../egp/local-logs";
import { isRemoteMode } from "../env";
import { getDeployment } from "./deployments";

export const REMOTE_LOGS_MESSAGE =
  "Scale GP's API exposes no deployment logs; the status history shows what happened.";

/** The deployment's log lines, from the embedded server; checked to belong to the model first. */
export async function getDeploymentLogs(
  egp: EgpClient,
  modelId: string,
  deploymentId: string,
  after: number,
): Promise<DeploymentLogPage> {
  if (isRemoteMode()) throw new ApiError("not_found", REMOTE_LOGS_MESSAGE);
  await getDeployment(egp, modelId, deploymentId);
  return unwrap(
    asLocalLogsClient(egp).GET("/local/model-deployments/{deployment_id}/logs", {
      params: { path: { deployment_id: deploymentId }, query: { after } },
    }),
  );
}
