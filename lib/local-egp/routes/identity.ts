import "server-only";
import type { Route } from "../http/router";
import { parsePage } from "../http/validation";
import { accountsOf } from "../store/identity";
import { json, listResponse } from "./respond";
import type { Services } from "../services/context";

export function identityRoutes({ db, owner }: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: "/user-info",
      needs: "read",
      handler: async ({ auth }) => {
        const profiles = auth.profiles.map((p) => ({
          id: p.id,
          user_id: p.userId,
          role: p.role,
          account: p.account,
        }));
        return json({
          id: auth.user.id,
          email: auth.user.email,
          // The guide-era scale_egp requires both names: an unset one is an empty string (the spec
          // types them as strings, not null).
          first_name: auth.user.firstName ?? "",
          last_name: auth.user.lastName ?? "",
          access_profiles: profiles,
          // Older scale_egp releases read `accounts`: 1.x as `{role, account: {id, name}}`, the
          // guide-era 0.0.0b2x as `{role, account_id}`. Each item carries both.
          accounts: profiles.map((p) => ({ ...p, account_id: p.account.id })),
          organization_id: "local",
          // Every local account shares the one "local" organization: only the instance owner runs it.
          is_organization_admin: auth.user.id === owner.userId,
        });
      },
    },
    {
      method: "GET",
      pattern: "/{version:v3|v4}/accounts",
      needs: "read",
      handler: async (req) => {
        const page = parsePage(req.query);
        const all = await accountsOf(db, req.auth.user.id);
        const start = (page.page - 1) * page.limit;
        return listResponse(req, { items: all.slice(start, start + page.limit), total: all.length, page });
      },
    },
  ];
}
