import "server-only";
import { z } from "zod";
import { requireLevel } from "../auth/roles";
import type { Route } from "../http/router";
import { parseBody } from "../http/validation";
import { createApiKey, createUser, findUserByEmail, grantRole } from "../store/identity";
import { json } from "./respond";
import type { Services } from "./services";

const NewUserSchema = z
  .object({
    email: z.email().max(320),
    role: z.enum(["admin", "member", "viewer"]),
  })
  .strict();

/**
 * Local-only extension (not part of EGP): an account admin adds a user with a role in the current
 * account and receives that user's first API key once. Lets scripts and tests make viewers and members
 * while the server holds the database.
 */
export function localUserRoutes({ db }: Services): Route[] {
  return [
    {
      method: "POST",
      pattern: "/local/users",
      handler: async (req) => {
        requireLevel(req.auth.role, "admin", "add users");
        const { email, role } = await parseBody(req.request, NewUserSchema);
        const userId = (await findUserByEmail(db, email))?.id ?? (await createUser(db, email));
        await grantRole(db, userId, req.auth.accountId, role);
        const apiKey = await createApiKey(db, userId);
        return json({ user_id: userId, email, role, account_id: req.auth.accountId, api_key: apiKey });
      },
    },
  ];
}
