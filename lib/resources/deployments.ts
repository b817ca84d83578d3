import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type { Deployment, Page } from "../egp/types";
import type { DeploymentListParams } from "../schemas/lists";
import { withExtras } from "./query";

export function listDeployments(egp: EgpClient, p: DeploymentListParams): Promise<Page<Deployment>> {
  // EGP's /v4/model-deployments has no model filter; its per-model route does (a remote EGP included).
  if (p.model) return listModelDeployments(egp, p.model, p);
  const query = withExtras(
    { page: p.page, limit: p.limit },
    { name: p.q, sort_by: p.sort, status: p.status },
  );
  return unwrap(egp.GET("/v4/model-deployments", { params: { query } }));
}

export function listModelDeployments(egp: EgpClient, modelId: string, p: DeploymentListParams) {
  const query = withExtras(
    { page: p.page, limit: p.limit },
    { name: p.q, sort_by: p.sort, status: p.status },
  );
  return unwrap(
    egp.GET("/v4/models/{model_instance_id}/deployments", {
      params: { path: { model_instance_id: modelId }, query },
    }),
  );
}

export function getDeployment(egp: EgpClient, modelId: string, deploymentId: string): Promise<Deployment> {
  return unwrap(
    egp.GET("/v4/models/{model_instance_id}/deployments/{deployment_id}", {
      params: { path: { model_instance_id: modelId, deployment_id: deploymentId } },
    }),
  );
}
