import "server-only";
import { inAccount } from "../auth/authenticate";
import { requireAction } from "../auth/roles";
import { unprocessable } from "../http/errors";
import type { RouteRequest, Route } from "../http/router";
import { parseBody, parsePage, parseSort, queryArray, queryEnum } from "../http/validation";
import { ModelTypeSchema, ModelVendorSchema } from "../schemas/enums";
import { ModelPatchSchema, ModelRequestSchema } from "../schemas/resources";
import { deploymentRowsOfModels, modelDeploymentRows, toDeployment } from "../store/deployments";
import { groupRowsByIds, toGroup } from "../store/groups";
import {
  createModel,
  deleteModelRow,
  getModel,
  getModelRow,
  listModels,
  updateModel,
  type Model,
} from "../store/models";
import { assertMutable, checkModelReferences } from "./model-checks";
import { checkModelOutbound, newParameters, patchedParameters } from "./model-outbound";
import { deleted, json, listResponse, v3Page } from "./respond";
import type { Services } from "./services";

const SORTABLE = [
  "display_name",
  "model_vendor",
  "base_model_id",
  "base_model_metadata",
  "model_creation_parameters",
  "model_card",
  "training_data_card",
  "description",
  "model_template_id",
  "model_group_id",
  "model_group",
  "request_schema",
  "response_schema",
  "deployment_count",
  "supports_multi_turn",
  "deployments",
  "id",
  "created_at",
  "account_id",
  "created_by_user_id",
  "created_by_user",
  "name",
  "model_type",
];
const VIEWS = ["Deployments", "ModelGroup"] as const;
const base = "/{version:v3|v4}/models";

function originFilter(origin: string | null): boolean | undefined {
  if (origin === null || origin === "") return undefined;
  if (origin === "builtin" || origin === "custom") return origin === "builtin";
  throw unprocessable([
    { loc: ["query", "origin"], msg: "Input should be 'builtin' or 'custom'", type: "enum" },
  ]);
}

export function modelRoutes({ db, runtime, allowedHosts }: Services): Route[] {
  /** Adds the requested views to a page of models with one query per view, not one per model. */
  async function withViews(req: RouteRequest, models: Model[]) {
    const views = queryEnum(req.query, "view", VIEWS);
    const deployments = views.includes("Deployments")
      ? await deploymentRowsOfModels(
          db,
          models.map((m) => m.id),
        )
      : null;
    const groupIds = views.includes("ModelGroup")
      ? [...new Set(models.flatMap((m) => (m.model_group_id ? [m.model_group_id] : [])))]
      : [];
    const groups = await groupRowsByIds(db, req.auth.accountId, groupIds);
    return models.map((model) => {
      const group = model.model_group_id ? groups.get(model.model_group_id) : undefined;
      return {
        ...model,
        ...(deployments ? { deployments: (deployments.get(model.id) ?? []).map(toDeployment) } : {}),
        ...(group ? { model_group: toGroup(group) } : {}),
      };
    });
  }

  return [
    {
      method: "GET",
      pattern: base,
      handler: async (req) => {
        const auth = inAccount(req.auth, req.query.get("account_id"));
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        const filter = {
          modelType: queryEnum(req.query, "model_type", ModelTypeSchema.options),
          modelGroupId: queryArray(req.query, "model_group_id"),
          name: req.query.get("name") ?? undefined,
          // Console extensions (not in the EGP spec): vendor, template and built-in filters.
          modelVendor: queryEnum(req.query, "model_vendor", ModelVendorSchema.options),
          modelTemplateId: queryArray(req.query, "model_template_id"),
          builtin: originFilter(req.query.get("origin")),
        };
        const paged = await listModels(db, auth.accountId, filter, parseSort(req.query, SORTABLE), page);
        const items = await withViews(req, paged.items);
        return listResponse(req, { ...paged, items });
      },
    },
    {
      method: "POST",
      pattern: base,
      handler: async (req) => {
        const body = await parseBody(req.request, ModelRequestSchema);
        const auth = inAccount(req.auth, body.account_id);
        requireAction(auth.role, "models:write", "create models");
        const caller = { role: auth.role, userId: auth.user.id };
        const written = newParameters(body.model_creation_parameters, caller);
        body.model_creation_parameters = written.params;
        await checkModelReferences(db, auth.accountId, body);
        await checkModelOutbound(db, { caller, allowedHosts }, null, {
          accountId: auth.accountId,
          templateId: body.model_template_id,
          params: written.params,
          setters: written.setters,
        });
        const row = await createModel(db, auth.accountId, auth.user.id, body, {
          secretSetters: written.setters,
        });
        return json(await getModel(db, row));
      },
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      handler: async (req) =>
        json(
          (
            await withViews(req, [
              await getModel(db, await getModelRow(db, req.auth.accountId, req.params.id)),
            ])
          )[0],
        ),
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "models:write", "modify models");
        const row = await getModelRow(db, req.auth.accountId, req.params.id);
        assertMutable(row);
        const patch = await parseBody(req.request, ModelPatchSchema);
        const caller = { role: req.auth.role, userId: req.auth.user.id };
        const written = patchedParameters(row, patch.model_creation_parameters, caller);
        if (patch.model_creation_parameters) patch.model_creation_parameters = written.params;
        await checkModelReferences(db, req.auth.accountId, {
          model_type: patch.model_type ?? row.modelType,
          model_template_id:
            patch.model_template_id === undefined ? row.modelTemplateId : patch.model_template_id,
          model_group_id: patch.model_group_id,
          model_creation_parameters: patch.model_creation_parameters,
        });
        if (patch.model_creation_parameters !== undefined || patch.model_template_id !== undefined) {
          await checkModelOutbound(db, { caller, allowedHosts }, row, {
            accountId: row.accountId,
            templateId: patch.model_template_id === undefined ? row.modelTemplateId : patch.model_template_id,
            params: written.params,
            setters: written.setters,
          });
        }
        const updated = await updateModel(
          db,
          row,
          patch,
          written.changed ? (written.setters ?? null) : undefined,
        );
        return json(await getModel(db, updated));
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "models:write", "delete models");
        const row = await getModelRow(db, req.auth.accountId, req.params.id);
        assertMutable(row);
        for (const deployment of await modelDeploymentRows(db, row.id)) await runtime.remove(deployment.id);
        return deleted(await deleteModelRow(db, row.id));
      },
    },
  ];
}
