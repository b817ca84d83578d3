import "server-only";
import type { Db } from "./db/open";
import { LOCAL_ACCOUNT } from "./bootstrap";
import { ROLES, type Role } from "./auth/roles";
import {
  createAccount,
  createApiKey,
  createUser,
  findAccountByName,
  findUserByEmail,
  grantRole,
} from "./store/identity";

export class UserAdminError extends Error {}

/** User and key administration shared by the users CLI and tests. */
export function userAdmin(db: Db) {
  async function accountId(name = LOCAL_ACCOUNT): Promise<string> {
    const id = await findAccountByName(db, name);
    if (!id) throw new UserAdminError(`No account named "${name}"`);
    return id;
  }
  return {
    async createAccount(name: string): Promise<string> {
      return (await findAccountByName(db, name)) ?? createAccount(db, name);
    },
    /** Creates the user (or reuses it), grants the role in the account and returns a new key. */
    async createUser(
      email: string,
      role: Role,
      accountName?: string,
    ): Promise<{ userId: string; apiKey: string }> {
      if (!(ROLES as readonly string[]).includes(role))
        throw new UserAdminError(`Unknown role "${role}"; use one of ${ROLES.join(", ")}`);
      const account = await accountId(accountName);
      const userId = (await findUserByEmail(db, email))?.id ?? (await createUser(db, email));
      await grantRole(db, userId, account, role);
      return { userId, apiKey: await createApiKey(db, userId) };
    },
    async grant(email: string, role: Role, accountName?: string): Promise<void> {
      const user = await findUserByEmail(db, email);
      if (!user) throw new UserAdminError(`No user with email ${email}`);
      await grantRole(db, user.id, await accountId(accountName), role);
    },
    async createKey(email: string): Promise<string> {
      const user = await findUserByEmail(db, email);
      if (!user) throw new UserAdminError(`No user with email ${email}`);
      return createApiKey(db, user.id);
    },
  };
}
export type UserAdmin = ReturnType<typeof userAdmin>;
