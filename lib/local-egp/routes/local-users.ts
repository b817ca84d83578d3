import "server-only";
import type { Route } from "../http/router";
import { parseBody } from "../http/validation";
import { NewUserSchema, RolePatchSchema } from "../schemas/local-users";
import { withCaller, type Services } from "../services/context";
import { addUser, listUsers, removeUser, setUserRole } from "../services/users";
import { json } from "./respond";

/** Local-only extension (not part of EGP): the admins of the current account manage its users. */
export function localUserRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: "/local/users",
      needs: "users:manage",
      action: "list users",
      handler: async (req) => json(await listUsers(withCaller(s, req.auth))),
    },
    {
      method: "POST",
      pattern: "/local/users",
      needs: "users:manage",
      action: "add users",
      handler: async (req) =>
        json(await addUser(withCaller(s, req.auth), await parseBody(req.request, NewUserSchema))),
    },
    {
      method: "PATCH",
      pattern: "/local/users/{user_id}",
      needs: "users:manage",
      action: "change roles",
      handler: async (req) => {
        const { role } = await parseBody(req.request, RolePatchSchema);
        return json(await setUserRole(withCaller(s, req.auth), req.params.user_id, role));
      },
    },
    {
      method: "DELETE",
      pattern: "/local/users/{user_id}",
      needs: "users:manage",
      action: "remove users",
      handler: async (req) => json(await removeUser(withCaller(s, req.auth), req.params.user_id)),
    },
  ];
}
