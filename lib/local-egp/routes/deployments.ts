import "server-only";
import { unprocessable } from "../http/errors";
import type { Route } from "../http/router";
import { parseBody, parsePage, parseSort, queryArray } from "../http/validation";
import { ModelDeploymentStatusValues } from "@/lib/egp/enums.gen";
import { DeploymentPatchSchema, DeploymentRequestSchema } from "../schemas/resources";
import { withCaller, type Services } from "../services/context";
import {
  createDeployment,
  deleteDeployment,
  deploymentToChange,
  getDeployment,
  listDeployments,
  updateDeployment,
} from "../services/deployments";
import { deleted, json, listResponse, v3Page } from "./respond";

const SORTABLE = [
  "model_creation_parameters",
  "model_endpoint_id",
  "model_instance_id",
  "vendor_configuration",
  "deployment_metadata",
  "status",
  "id",
  "created_at",
  "account_id",
  "created_by_user_id",
  "created_by_user",
  "name",
];
const nested = "/{version:v3|v4}/models/{model_id}/deployments";
const flat = "/{version:v3|v4}/model-deployments";

export function deploymentRoutes(s: Services): Route[] {
  const list: Route["handler"] = async (req) => {
    const status = queryArray(req.query, "status");
    const bad = status.find((v) => !(ModelDeploymentStatusValues as readonly string[]).includes(v));
    if (bad)
      throw unprocessable([{ loc: ["query", "status"], msg: `Unknown status "${bad}"`, type: "enum" }]);
    const query = {
      accountId: req.query.get("account_id"),
      modelId: req.params.model_id,
      status,
      modelInstanceId: queryArray(req.query, "model_instance_id"),
      name: req.query.get("name") ?? undefined,
    };
    const page = req.version === "v3" ? v3Page : parsePage(req.query);
    const sort = parseSort(req.query, SORTABLE);
    return listResponse(req, await listDeployments(withCaller(s, req.auth), query, sort, page));
  };

  return [
    { method: "GET", pattern: nested, needs: "read", handler: list },
    { method: "GET", pattern: flat, needs: "read", handler: list },
    {
      method: "POST",
      pattern: nested,
      // The member level is checked by createDeployment, in the account the body names.
      needs: "read",
      handler: async (req) => {
        const body = await parseBody(req.request, DeploymentRequestSchema);
        return json(await createDeployment(withCaller(s, req.auth), req.params.model_id, body));
      },
    },
    {
      method: "GET",
      pattern: `${nested}/{id}`,
      needs: "read",
      handler: async (req) =>
        json(await getDeployment(withCaller(s, req.auth), req.params.id, req.params.model_id)),
    },
    {
      method: "PATCH",
      pattern: `${nested}/{id}`,
      needs: "deployments:write",
      action: "modify deployments",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        const row = await deploymentToChange(ctx, req.params.id, req.params.model_id);
        return json(await updateDeployment(ctx, row, await parseBody(req.request, DeploymentPatchSchema)));
      },
    },
    {
      method: "DELETE",
      pattern: `${nested}/{id}`,
      needs: "deployments:write",
      action: "delete deployments",
      handler: async (req) =>
        deleted(await deleteDeployment(withCaller(s, req.auth), req.params.id, req.params.model_id)),
    },
  ];
}
