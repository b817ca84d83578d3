import "server-only";
import { requireAction } from "../auth/roles";
import type { Route, RouteRequest } from "../http/router";
import { parseBody } from "../http/validation";
import { addMember, removeMember, setRole } from "../membership";
import { NewUserSchema, RolePatchSchema } from "../schemas/local-users";
import { apiKeysOf } from "../store/identity";
import { accountMembers, memberOf, profilesOfUsers } from "../store/members";
import { asBadRequest, toLocalUser, userNotFound } from "./local-user-views";
import { json } from "./respond";
import type { Services } from "./services";

/**
 * Local-only extension (not part of EGP): the admins of the current account list, add, re-role and
 * remove its users. A new user's first key is answered once; adding a user who already exists never
 * answers a key, since their keys also act in accounts this admin may not administer.
 */
export function localUserRoutes({ db, owner }: Services): Route[] {
  async function view(req: RouteRequest, userId: string) {
    const member = await memberOf(db, req.auth.accountId, userId);
    if (!member) throw userNotFound(userId);
    const [keys, profiles] = await Promise.all([apiKeysOf(db, [userId]), profilesOfUsers(db, [userId])]);
    return toLocalUser(member, keys, profiles, { auth: req.auth, owner });
  }

  return [
    {
      method: "GET",
      pattern: "/local/users",
      handler: async (req) => {
        requireAction(req.auth.role, "users:manage", "list users");
        const members = await accountMembers(db, req.auth.accountId);
        const ids = members.map((m) => m.userId);
        const [keys, profiles] = await Promise.all([apiKeysOf(db, ids), profilesOfUsers(db, ids)]);
        const items = members.map((m) => toLocalUser(m, keys, profiles, { auth: req.auth, owner }));
        return json({ items, total_item_count: items.length });
      },
    },
    {
      method: "POST",
      pattern: "/local/users",
      handler: async (req) => {
        requireAction(req.auth.role, "users:manage", "add users");
        const { email, role } = await parseBody(req.request, NewUserSchema);
        const accountId = req.auth.accountId;
        const added = await asBadRequest(() => addMember(db, owner, { accountId, email, role }));
        return json({
          user_id: added.userId,
          email,
          role,
          account_id: accountId,
          created: added.created,
          api_key: added.apiKey,
        });
      },
    },
    {
      method: "PATCH",
      pattern: "/local/users/{user_id}",
      handler: async (req) => {
        requireAction(req.auth.role, "users:manage", "change roles");
        const { role } = await parseBody(req.request, RolePatchSchema);
        const userId = req.params.user_id;
        if (!(await memberOf(db, req.auth.accountId, userId))) throw userNotFound(userId);
        await asBadRequest(() => setRole(db, owner, { accountId: req.auth.accountId, userId, role }));
        return json(await view(req, userId));
      },
    },
    {
      method: "DELETE",
      pattern: "/local/users/{user_id}",
      handler: async (req) => {
        requireAction(req.auth.role, "users:manage", "remove users");
        const userId = req.params.user_id;
        if (!(await memberOf(db, req.auth.accountId, userId))) throw userNotFound(userId);
        const { keysRevoked } = await asBadRequest(() =>
          removeMember(db, owner, { accountId: req.auth.accountId, userId }),
        );
        return json({ id: userId, account_id: req.auth.accountId, removed: true, keys_revoked: keysRevoked });
      },
    },
  ];
}
