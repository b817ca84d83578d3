import "server-only";
import type { Route } from "../http/router";
import { parseBody, parsePage, parseSort } from "../http/validation";
import { GroupPatchSchema, GroupRequestSchema } from "../schemas/resources";
import { withCaller, type Services } from "../services/context";
import {
  addModelToGroup,
  createGroup,
  deleteGroup,
  getGroup,
  groupToChange,
  listGroups,
  updateGroup,
} from "../services/groups";
import { modelBody } from "./models";
import { deleted, json, listResponse, v3Page } from "./respond";

const base = "/{version:v3|v4}/model-groups";

export function groupRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: base,
      needs: "read",
      handler: async (req) => {
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        const sort = parseSort(req.query, ["id", "name", "created_at", "description"]);
        const query = { accountId: req.query.get("account_id"), name: req.query.get("name") ?? undefined };
        return listResponse(req, await listGroups(withCaller(s, req.auth), query, sort, page));
      },
    },
    {
      method: "POST",
      pattern: base,
      // The member level is checked by createGroup, in the account the body names.
      needs: "read",
      handler: async (req) => {
        const body = await parseBody(req.request, GroupRequestSchema);
        return json(await createGroup(withCaller(s, req.auth), body));
      },
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      needs: "read",
      handler: async (req) => json(await getGroup(withCaller(s, req.auth), req.params.id)),
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      needs: "groups:write",
      action: "modify model groups",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        const row = await groupToChange(ctx, req.params.id);
        return json(await updateGroup(ctx, row, await parseBody(req.request, GroupPatchSchema)));
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      needs: "groups:write",
      action: "delete model groups",
      handler: async (req) => deleted(await deleteGroup(withCaller(s, req.auth), req.params.id)),
    },
    {
      method: "POST",
      pattern: `${base}/{id}/models/{model_id}`,
      needs: "groups:write",
      action: "add models to groups",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        return modelBody(req, ctx, await addModelToGroup(ctx, req.params.id, req.params.model_id));
      },
    },
  ];
}
