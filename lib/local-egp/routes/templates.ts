import "server-only";
import { inAccount } from "../auth/authenticate";
import { requireAction } from "../auth/roles";
import type { Route } from "../http/router";
import { parseBody, parsePage, parseSort } from "../http/validation";
import { TemplatePatchSchema, TemplateRequestSchema } from "../schemas/templates";
import {
  createTemplate,
  deleteTemplate,
  getTemplateRow,
  listTemplates,
  toTemplate,
  updateTemplate,
} from "../store/templates";
import { deleted, json, listResponse, v3Page } from "./respond";
import type { Services } from "./services";

const SORTABLE = ["id", "name", "created_at", "model_type", "endpoint_type"] as const;
const base = "/{version:v3|v4}/model-templates";

export function templateRoutes({ db }: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: base,
      handler: async (req) => {
        const auth = inAccount(req.auth, req.query.get("account_id"));
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        const filter = {
          modelType: req.query.get("model_type") ?? undefined,
          name: req.query.get("name") ?? undefined,
        };
        return listResponse(
          req,
          await listTemplates(db, auth.accountId, filter, parseSort(req.query, SORTABLE), page),
        );
      },
    },
    {
      method: "POST",
      pattern: base,
      handler: async (req) => {
        const body = await parseBody(req.request, TemplateRequestSchema);
        const auth = inAccount(req.auth, body.account_id);
        requireAction(auth.role, "templates:write", "create model templates");
        return json(await createTemplate(db, auth.accountId, auth.user.id, body));
      },
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      handler: async (req) => json(toTemplate(await getTemplateRow(db, req.auth.accountId, req.params.id))),
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "templates:write", "modify model templates");
        const row = await getTemplateRow(db, req.auth.accountId, req.params.id);
        const patch = await parseBody(req.request, TemplatePatchSchema);
        const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null));
        return json(await updateTemplate(db, row, clean));
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "templates:write", "delete model templates");
        const row = await getTemplateRow(db, req.auth.accountId, req.params.id);
        return deleted(await deleteTemplate(db, row));
      },
    },
  ];
}
