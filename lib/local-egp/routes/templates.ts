import "server-only";
import type { Route } from "../http/router";
import { parseBody, parsePage, parseSort } from "../http/validation";
import { TemplatePatchSchema, TemplateRequestSchema } from "../schemas/templates";
import { withCaller, type Services } from "../services/context";
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  templateToUpdate,
  updateTemplate,
} from "../services/templates";
import { deleted, json, listResponse, v3Page } from "./respond";

const SORTABLE = ["id", "name", "created_at", "model_type", "endpoint_type"] as const;
const base = "/{version:v3|v4}/model-templates";

/**
 * The model types the guide-era scale_egp can parse: one template of another type breaks its whole
 * `list()`, so v3 lists hold others only when `model_type` asks for them.
 */
const GUIDE_ERA_MODEL_TYPES = new Set(["COMPLETION", "CHAT_COMPLETION", "AGENT", "EMBEDDING", "RERANKING"]);

export function templateRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: base,
      needs: "read",
      handler: async (req) => {
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        const query = {
          accountId: req.query.get("account_id"),
          modelType: req.query.get("model_type") ?? undefined,
          name: req.query.get("name") ?? undefined,
        };
        const sort = parseSort(req.query, SORTABLE);
        const paged = await listTemplates(withCaller(s, req.auth), query, sort, page);
        if (req.version === "v3" && !query.modelType)
          paged.items = paged.items.filter((t) => GUIDE_ERA_MODEL_TYPES.has(t.model_type));
        return listResponse(req, paged);
      },
    },
    {
      method: "POST",
      pattern: base,
      // The admin level is checked by createTemplate, in the account the body names.
      needs: "read",
      handler: async (req) => {
        const body = await parseBody(req.request, TemplateRequestSchema);
        return json(await createTemplate(withCaller(s, req.auth), body));
      },
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      needs: "read",
      handler: async (req) => json(await getTemplate(withCaller(s, req.auth), req.params.id)),
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      needs: "templates:write",
      action: "modify model templates",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        const row = await templateToUpdate(ctx, req.params.id);
        const patch = await parseBody(req.request, TemplatePatchSchema);
        return json(await updateTemplate(ctx, row, patch));
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      needs: "templates:write",
      action: "delete model templates",
      handler: async (req) => deleted(await deleteTemplate(withCaller(s, req.auth), req.params.id)),
    },
  ];
}
