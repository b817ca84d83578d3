import "server-only";
import { inAccount } from "../auth/authenticate";
import { requireAction } from "../auth/roles";
import type { Route } from "../http/router";
import { parseBody, parsePage, parseSort } from "../http/validation";
import { GroupPatchSchema, GroupRequestSchema } from "../schemas/resources";
import { createGroup, deleteGroup, getGroupRow, listGroups, toGroup, updateGroup } from "../store/groups";
import { getModel, getModelRow, updateModel } from "../store/models";
import { deleted, json, listResponse, v3Page } from "./respond";
import type { Services } from "./services";

const base = "/{version:v3|v4}/model-groups";

export function groupRoutes({ db }: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: base,
      handler: async (req) => {
        const auth = inAccount(req.auth, req.query.get("account_id"));
        const page = req.version === "v3" ? v3Page : parsePage(req.query);
        const sort = parseSort(req.query, ["id", "name", "created_at", "description"]);
        return listResponse(
          req,
          await listGroups(db, auth.accountId, req.query.get("name") ?? undefined, sort, page),
        );
      },
    },
    {
      method: "POST",
      pattern: base,
      handler: async (req) => {
        const body = await parseBody(req.request, GroupRequestSchema);
        const auth = inAccount(req.auth, body.account_id);
        requireAction(auth.role, "groups:write", "create model groups");
        return json(await createGroup(db, auth.accountId, auth.user.id, body));
      },
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      handler: async (req) => json(toGroup(await getGroupRow(db, req.auth.accountId, req.params.id))),
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "groups:write", "modify model groups");
        await getGroupRow(db, req.auth.accountId, req.params.id);
        return json(await updateGroup(db, req.params.id, await parseBody(req.request, GroupPatchSchema)));
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "groups:write", "delete model groups");
        await getGroupRow(db, req.auth.accountId, req.params.id);
        return deleted(await deleteGroup(db, req.params.id));
      },
    },
    {
      method: "POST",
      pattern: `${base}/{id}/models/{model_id}`,
      handler: async (req) => {
        requireAction(req.auth.role, "groups:write", "add models to groups");
        const group = await getGroupRow(db, req.auth.accountId, req.params.id);
        const model = await getModelRow(db, req.auth.accountId, req.params.model_id);
        return json(await getModel(db, await updateModel(db, model, { model_group_id: group.id })));
      },
    },
  ];
}
