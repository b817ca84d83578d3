import "server-only";
import type { Route } from "../http/router";
import { parseBody } from "../http/validation";
import { AccountPatchSchema, AccountRequestSchema } from "../schemas/accounts";
import { accountToChange, createAccount, getAccount, updateAccount } from "../services/accounts";
import { withCaller, type Services } from "../services/context";
import { created, json, noContent } from "./respond";

/** The list, GET /v4/accounts, lives with /user-info in identity.ts. */
export function accountRoutes(s: Services): Route[] {
  return [
    {
      method: "POST",
      pattern: "/v4/accounts",
      // Creating an account is the organization admin's, which createAccount checks: no account's role says it.
      needs: "read",
      handler: async (req) => {
        const body = await parseBody(req.request, AccountRequestSchema);
        return created(await createAccount(withCaller(s, req.auth), body));
      },
    },
    {
      method: "GET",
      pattern: "/v4/accounts/{id}",
      // The path names the account, so the seat is checked there, not in the selected one.
      needs: "read",
      handler: async (req) => json(await getAccount(withCaller(s, req.auth), req.params.id)),
    },
    {
      method: "PATCH",
      pattern: "/v4/accounts/{id}",
      needs: "read",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        const account = await accountToChange(ctx, req.params.id);
        await updateAccount(ctx, account, await parseBody(req.request, AccountPatchSchema));
        return noContent();
      },
    },
  ];
}
