import "server-only";
import { inAccount } from "../auth/authenticate";
import { requireAction } from "../auth/roles";
import { conflict, forbidden, unprocessable } from "../http/errors";
import type { Route } from "../http/router";
import { parseBody, parsePage, parseSort, queryArray } from "../http/validation";
import { validateCreationParameters } from "../schemas/creation-params";
import { ModelDeploymentStatusValues } from "@/lib/egp/enums.gen";
import { DeploymentPatchSchema, DeploymentRequestSchema } from "../schemas/resources";
import {
  createDeployment,
  getDeploymentRow,
  listDeployments,
  setStatus,
  toDeployment,
  updateDeployment,
  type DeploymentRow,
} from "../store/deployments";
import { getModelRow, type ModelRow } from "../store/models";
import { getTemplateRow } from "../store/templates";
import type { Db } from "../db/open";
import { assertMutable, templateFields } from "./model-checks";
import { checkDeploymentOutbound, newParameters, patchedParameters } from "./model-outbound";
import { deleted, json, listResponse, v3Page } from "./respond";
import type { Services } from "./services";

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

/** Model parameters are the base, deployment parameters override; required ones must be set by either. */
async function checkParameters(db: Db, model: ModelRow, params: Record<string, unknown> | null | undefined) {
  if (!model.modelTemplateId) return;
  const template = await getTemplateRow(db, model.accountId, model.modelTemplateId);
  const merged = Object.fromEntries([
    ...Object.entries((model.body.model_creation_parameters as Record<string, unknown> | undefined) ?? {}),
    ...Object.entries(params ?? {}),
  ]);
  const issues = validateCreationParameters(templateFields(template.body), merged);
  if (issues.length) throw unprocessable(issues);
}

function assertDeploymentMutable(row: DeploymentRow) {
  if (row.builtin) throw forbidden(`Deployment "${row.name}" belongs to a built-in model and is immutable`);
  if (row.status === "DELETE_IN_PROGRESS") throw conflict(`Deployment "${row.name}" is being deleted`);
}

export function deploymentRoutes({ db, runtime, allowedHosts }: Services): Route[] {
  const list: Route["handler"] = async (req) => {
    const auth = inAccount(req.auth, req.query.get("account_id"));
    if (req.params.model_id) await getModelRow(db, auth.accountId, req.params.model_id);
    const status = queryArray(req.query, "status");
    const bad = status.find((s) => !(ModelDeploymentStatusValues as readonly string[]).includes(s));
    if (bad)
      throw unprocessable([{ loc: ["query", "status"], msg: `Unknown status "${bad}"`, type: "enum" }]);
    const filter = {
      modelId: req.params.model_id,
      status,
      modelInstanceId: queryArray(req.query, "model_instance_id"),
      name: req.query.get("name") ?? undefined,
    };
    const page = req.version === "v3" ? v3Page : parsePage(req.query);
    return listResponse(
      req,
      await listDeployments(db, auth.accountId, filter, parseSort(req.query, SORTABLE), page),
    );
  };

  return [
    { method: "GET", pattern: nested, handler: list },
    { method: "GET", pattern: flat, handler: list },
    {
      method: "POST",
      pattern: nested,
      handler: async (req) => {
        const body = await parseBody(req.request, DeploymentRequestSchema);
        const auth = inAccount(req.auth, body.account_id);
        requireAction(auth.role, "deployments:write", "create deployments");
        const model = await getModelRow(db, auth.accountId, req.params.model_id);
        if (model.builtin)
          throw forbidden(
            "Built-in models get their deployments automatically; create your own model to deploy",
          );
        const caller = { role: auth.role, userId: auth.user.id };
        const written = newParameters(body.model_creation_parameters, caller);
        body.model_creation_parameters = written.params;
        await checkParameters(db, model, body.model_creation_parameters);
        await checkDeploymentOutbound(db, { caller, allowedHosts }, model, null, written);
        const claim = runtime.newClaim();
        const row = await createDeployment(db, {
          accountId: auth.accountId,
          userId: auth.user.id,
          modelId: model.id,
          req: body,
          status: "UPDATE_PENDING",
          secretSetters: written.setters,
          claim,
        });
        runtime.deploy(row.id, { token: claim.claimToken });
        return json(toDeployment(row));
      },
    },
    {
      method: "GET",
      pattern: `${nested}/{id}`,
      handler: async (req) =>
        json(
          toDeployment(await getDeploymentRow(db, req.auth.accountId, req.params.id, req.params.model_id)),
        ),
    },
    {
      method: "PATCH",
      pattern: `${nested}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "deployments:write", "modify deployments");
        const row = await getDeploymentRow(db, req.auth.accountId, req.params.id, req.params.model_id);
        assertDeploymentMutable(row);
        const patch = await parseBody(req.request, DeploymentPatchSchema);
        const stored = row.body.model_creation_parameters as Record<string, unknown> | undefined;
        const caller = { role: req.auth.role, userId: req.auth.user.id };
        const written = patchedParameters(row, patch.model_creation_parameters, caller);
        if (written.changed) {
          const model = await getModelRow(db, row.accountId, row.modelInstanceId);
          patch.model_creation_parameters = written.params ?? null;
          if (written.params) await checkParameters(db, model, written.params);
          await checkDeploymentOutbound(db, { caller, allowedHosts }, model, row, written);
        }
        let updated = await updateDeployment(db, row, patch, written.setters);
        // New parameters mean a new engine: redeploy.
        if (
          patch.model_creation_parameters !== undefined &&
          JSON.stringify(patch.model_creation_parameters) !== JSON.stringify(stored)
        ) {
          // A new claim supersedes a job still running (here or on another console): that one can no
          // longer write its outcome.
          const claim = runtime.newClaim();
          updated = (await setStatus(db, row.id, "UPDATE_PENDING", undefined, { assign: claim })) ?? updated;
          runtime.deploy(row.id, { token: claim.claimToken });
        }
        return json(toDeployment(updated));
      },
    },
    {
      method: "DELETE",
      pattern: `${nested}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "deployments:write", "delete deployments");
        const row = await getDeploymentRow(db, req.auth.accountId, req.params.id, req.params.model_id);
        assertDeploymentMutable(row);
        assertMutable(await getModelRow(db, row.accountId, row.modelInstanceId));
        return deleted(await runtime.remove(row.id));
      },
    },
  ];
}
