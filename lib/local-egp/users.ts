import "server-only";
import type { Db } from "./db/open";
import { LOCAL_ACCOUNT } from "./bootstrap";
import { ROLES, type Role } from "./auth/roles";
import { MembershipError, addMember, removeMember, setRole, type Owner } from "./membership";
import {
  apiKeysOf,
  createAccount,
  createApiKey,
  findAccountByName,
  findApiKey,
  findApiKeysByPrefix,
  findUserByEmail,
  revokeApiKeys,
  type ApiKeyRow,
} from "./store/identity";
import { accountMembers, memberOf } from "./store/members";

export class UserAdminError extends Error {}

export type UserListing = {
  email: string;
  role: string;
  keys: Pick<ApiKeyRow, "id" | "prefix" | "createdAt" | "revokedAt">[];
};

/**
 * User and key administration for the users CLI and tests. It acts with the database owner's
 * authority, as the instance owner would: it may mint a key for anyone. The admin-seat rules of
 * the HTTP routes still hold (no account loses its last admin; admin@local keeps its seat).
 */
export function userAdmin(db: Db, owner: Owner) {
  async function accountId(name = LOCAL_ACCOUNT): Promise<string> {
    const id = await findAccountByName(db, name);
    if (!id) throw new UserAdminError(`No account named "${name}"`);
    return id;
  }
  async function userId(email: string): Promise<string> {
    const user = await findUserByEmail(db, email);
    if (!user) throw new UserAdminError(`No user with email ${email}`);
    return user.id;
  }
  async function rules<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof MembershipError) throw new UserAdminError(error.message);
      throw error;
    }
  }
  return {
    async createAccount(name: string): Promise<string> {
      return (await findAccountByName(db, name)) ?? createAccount(db, name);
    },
    /**
     * Creates the user (or reuses an existing one), grants the role in the account and returns a
     * new key either way; `created` says which happened.
     */
    async createUser(
      email: string,
      role: Role,
      accountName?: string,
    ): Promise<{ userId: string; apiKey: string; created: boolean }> {
      if (!(ROLES as readonly string[]).includes(role))
        throw new UserAdminError(`Unknown role "${role}"; use one of ${ROLES.join(", ")}`);
      const account = await accountId(accountName);
      const added = await rules(() => addMember(db, owner, { accountId: account, email, role }));
      const apiKey = added.apiKey ?? (await createApiKey(db, added.userId));
      return { userId: added.userId, apiKey, created: added.created };
    },
    async grant(email: string, role: Role, accountName?: string): Promise<void> {
      const id = await userId(email);
      const account = await accountId(accountName);
      await rules(() => setRole(db, owner, { accountId: account, userId: id, role }));
    },
    async createKey(email: string): Promise<string> {
      return createApiKey(db, await userId(email));
    },
    async listUsers(accountName?: string): Promise<UserListing[]> {
      const members = await accountMembers(db, await accountId(accountName));
      const keys = await apiKeysOf(
        db,
        members.map((m) => m.userId),
      );
      return members.map((m) => ({
        email: m.email,
        role: m.role,
        keys: keys
          .filter((k) => k.userId === m.userId)
          .map(({ id, prefix, createdAt, revokedAt }) => ({ id, prefix, createdAt, revokedAt })),
      }));
    },
    /** A prefix must name exactly one key; several keys can share one, then --id picks. */
    async revokeKey(by: { id?: string; prefix?: string }, now = new Date()): Promise<ApiKeyRow> {
      const matches = by.id
        ? [await findApiKey(db, by.id)].filter((k) => k !== null)
        : by.prefix
          ? await findApiKeysByPrefix(db, by.prefix)
          : [];
      if (matches.length === 0) throw new UserAdminError(`No API key ${by.id ?? `with prefix ${by.prefix}`}`);
      if (matches.length > 1)
        throw new UserAdminError(`${matches.length} keys start with ${by.prefix}; revoke by --id`);
      await revokeApiKeys(db, { id: matches[0].id }, now);
      return (await findApiKey(db, matches[0].id))!;
    },
    /** Removes the user from the account; with no account left, their keys are revoked too. */
    async removeUser(email: string, accountName?: string, now = new Date()) {
      const id = await userId(email);
      const account = await accountId(accountName);
      if (!(await memberOf(db, account, id)))
        throw new UserAdminError(`${email} is not in account "${accountName ?? LOCAL_ACCOUNT}"`);
      return rules(() => removeMember(db, owner, { accountId: account, userId: id }, now));
    },
  };
}
export type UserAdmin = ReturnType<typeof userAdmin>;
