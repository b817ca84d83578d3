import "server-only";
import { unprocessable } from "../http/errors";
import { jsonResponse, shared } from "../http/shared-json";
import type { Route, RouteRequest } from "../http/router";
import { parseBody, parsePage, parseSort, queryArray, queryEnum } from "../http/validation";
import { ModelTypeSchema, ModelVendorSchema } from "../schemas/enums";
import { ModelPatchSchema, ModelRequestSchema } from "../schemas/resources";
import { withCaller, type Ctx, type Services } from "../services/context";
import {
  createModel,
  createModelV3,
  deleteModel,
  getModel,
  listModels,
  modelToChange,
  updateModel,
  withStatus,
  type ModelWithViews,
} from "../services/models";
import { deleted, json, listResponse, v3Page } from "./respond";

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

const views = (req: RouteRequest) => queryEnum(req.query, "view", VIEWS);

/** The guide-era SDK leaves `model_type` out of v3 creates; the template's is taken. */
const V3ModelRequestSchema = ModelRequestSchema.extend({ model_type: ModelTypeSchema.nullish() });

/** v3 bodies also carry the model's `status` (the guide-era SDK polls it until READY). */
export async function modelBody(req: RouteRequest, ctx: Ctx, model: ModelWithViews): Promise<Response> {
  return json(req.version === "v3" ? (await withStatus(ctx, [model]))[0] : model);
}

export function modelRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: base,
      needs: "read",
      handler: async (req) => {
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        const query = {
          accountId: req.query.get("account_id"),
          modelType: queryEnum(req.query, "model_type", ModelTypeSchema.options),
          modelGroupId: queryArray(req.query, "model_group_id"),
          name: req.query.get("name") ?? undefined,
          // Console extensions (not in the EGP spec): vendor, template and built-in filters.
          modelVendor: queryEnum(req.query, "model_vendor", ModelVendorSchema.options),
          modelTemplateId: queryArray(req.query, "model_template_id"),
          builtin: originFilter(req.query.get("origin")),
        };
        const sort = parseSort(req.query, SORTABLE);
        const ctx = withCaller(s, req.auth);
        const paged = await listModels(ctx, query, sort, page, views(req));
        if (req.version === "v3") {
          // The guide-era scale_egp requires model_template_id on every model of a list: those made
          // without a template (the built-in ones) are listed only when `origin` asks.
          const items = req.query.has("origin")
            ? paged.items
            : paged.items.filter((m) => m.model_template_id);
          paged.items = await withStatus(ctx, items);
        }
        // Each type's schemas are serialised once per answer, not once per model.
        const items = paged.items.map((m) => ({
          ...m,
          request_schema: shared(m.request_schema),
          response_schema: shared(m.response_schema),
        }));
        return listResponse(req, { ...paged, items }, jsonResponse);
      },
    },
    {
      method: "POST",
      pattern: base,
      // The member level is checked by createModel, in the account the body names.
      needs: "read",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        if (req.version === "v3") {
          const body = await parseBody(req.request, V3ModelRequestSchema);
          return modelBody(req, ctx, await createModelV3(ctx, body));
        }
        return json(await createModel(ctx, await parseBody(req.request, ModelRequestSchema)));
      },
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      needs: "read",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        return modelBody(req, ctx, await getModel(ctx, req.params.id, views(req)));
      },
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      needs: "models:write",
      action: "modify models",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        const row = await modelToChange(ctx, req.params.id);
        return modelBody(
          req,
          ctx,
          await updateModel(ctx, row, await parseBody(req.request, ModelPatchSchema)),
        );
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      needs: "models:write",
      action: "delete models",
      handler: async (req) => deleted(await deleteModel(withCaller(s, req.auth), req.params.id)),
    },
  ];
}
