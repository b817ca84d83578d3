import "server-only";
import { requireAction } from "../auth/roles";
import { forbidden, notFound } from "../http/errors";
import type { Route } from "../http/router";
import { mayManageKeys } from "../membership";
import { findApiKey, mintApiKey, revokeApiKeys } from "../store/identity";
import { memberOf, profilesOfUsers } from "../store/members";
import { actorOf, toApiKey, userNotFound } from "./local-user-views";
import { json } from "./respond";
import type { Services } from "./services";

const KEY_RULE =
  "you need the admin role in every account this user belongs to (or to be the instance owner)";

/**
 * Local-only extension: mint and revoke API keys. Anyone may for themselves; for another user of
 * the current account, only an admin of every account that user is in (keys act in all of them).
 */
export function localKeyRoutes({ db, owner }: Services): Route[] {
  async function checkManage(auth: Parameters<typeof actorOf>[0], userId: string, missing: () => Error) {
    if (userId === auth.user.id) return;
    requireAction(auth.role, "users:manage", "manage other users' API keys");
    if (!(await memberOf(db, auth.accountId, userId))) throw missing();
    const profiles = await profilesOfUsers(db, [userId]);
    if (!mayManageKeys(actorOf(auth), owner, userId, profiles))
      throw forbidden(`You may not manage this user's API keys: ${KEY_RULE}`);
  }

  return [
    {
      method: "POST",
      pattern: "/local/users/{user_id}/api-keys",
      handler: async (req) => {
        const userId = req.params.user_id;
        await checkManage(req.auth, userId, () => userNotFound(userId));
        const { key, row } = await mintApiKey(db, userId);
        return json({ ...toApiKey(row, req.auth), api_key: key });
      },
    },
    {
      method: "DELETE",
      pattern: "/local/api-keys/{key_id}",
      handler: async (req) => {
        const keyId = req.params.key_id;
        const missing = () => notFound("API key", keyId);
        const row = await findApiKey(db, keyId);
        if (!row) throw missing();
        await checkManage(req.auth, row.userId, missing);
        await revokeApiKeys(db, { id: keyId });
        return json(toApiKey((await findApiKey(db, keyId)) ?? row, req.auth));
      },
    },
  ];
}
