import "server-only";
import type { Route } from "../http/router";
import { withCaller, type Services } from "../services/context";
import { mintKey, revokeKey } from "../services/users";
import { json } from "./respond";

/**
 * Local-only extension: mint and revoke API keys. The level depends on whose key it is (anyone may
 * manage their own), so the verbs check it.
 */
export function localKeyRoutes(s: Services): Route[] {
  return [
    {
      method: "POST",
      pattern: "/local/users/{user_id}/api-keys",
      needs: "read",
      handler: async (req) => json(await mintKey(withCaller(s, req.auth), req.params.user_id)),
    },
    {
      method: "DELETE",
      pattern: "/local/api-keys/{key_id}",
      needs: "read",
      handler: async (req) => json(await revokeKey(withCaller(s, req.auth), req.params.key_id)),
    },
  ];
}
