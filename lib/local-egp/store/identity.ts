import "server-only";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { identityChanged } from "../auth/key-cache";
import { generateApiKey, hashSecret, keyPrefix, newId } from "../auth/keys";
import type { Db } from "../db/open";
import { accessProfiles, accounts, apiKeys, signInTokens, users } from "../db/schema";

export type UserRow = typeof users.$inferSelect;
export type ProfileWithAccount = {
  id: string;
  userId: string;
  role: string;
  account: { id: string; name: string };
};

/** Revoked or not: bootstrap must not store a revoked EGP_LOCAL_ADMIN_KEY a second time. */
export async function findUserByKey(db: Db, key: string): Promise<UserRow | null> {
  const rows = await db
    .select({ user: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.keyHash, hashSecret(key)))
    .limit(1);
  return rows[0]?.user ?? null;
}

/**
 * One round trip per request: the key's user with every access profile (accounts in join order).
 * null for an unknown or revoked key.
 */
export type KeyHolder = { user: UserRow; keyId: string; profiles: ProfileWithAccount[] };

export async function userWithProfilesByKey(db: Db, key: string): Promise<KeyHolder | null> {
  return userWithProfilesByKeyHash(db, hashSecret(key));
}

export async function userWithProfilesByKeyHash(db: Db, keyHash: string): Promise<KeyHolder | null> {
  const rows = await db
    .select({
      user: users,
      keyId: apiKeys.id,
      profileId: accessProfiles.id,
      role: accessProfiles.role,
      accountId: accounts.id,
      accountName: accounts.name,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(accessProfiles, eq(accessProfiles.userId, users.id))
    .leftJoin(accounts, eq(accounts.id, accessProfiles.accountId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .orderBy(accessProfiles.createdAt, accessProfiles.id);
  if (!rows[0]) return null;
  const profiles = rows.flatMap((r) =>
    r.profileId && r.role && r.accountId && r.accountName
      ? [
          {
            id: r.profileId,
            userId: r.user.id,
            role: r.role,
            account: { id: r.accountId, name: r.accountName },
          },
        ]
      : [],
  );
  return { user: rows[0].user, keyId: rows[0].keyId, profiles };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return rows[0] ?? null;
}

const accountColumns = {
  id: accounts.id,
  name: accounts.name,
  organization_id: accounts.organizationId,
  account_group_id: accounts.accountGroupId,
};
export type Account = { id: string; name: string; organization_id: string; account_group_id: string };

export async function accountsOf(db: Db, userId: string) {
  return db
    .select(accountColumns)
    .from(accessProfiles)
    .innerJoin(accounts, eq(accounts.id, accessProfiles.accountId))
    .where(eq(accessProfiles.userId, userId))
    .orderBy(accessProfiles.createdAt, accessProfiles.id);
}

/** Every local account lives in the one "local" organization; "local" is also the first account group. */
export async function createAccount(db: Db, name: string, accountGroupId = "local"): Promise<string> {
  const id = newId();
  await db.insert(accounts).values({ id, name, organizationId: "local", accountGroupId });
  return id;
}

export async function findAccount(db: Db, id: string): Promise<Account | null> {
  const rows = await db.select(accountColumns).from(accounts).where(eq(accounts.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Account groups have no table of their own: a group exists while an account lives in it. */
export async function accountGroupExists(db: Db, groupId: string): Promise<boolean> {
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.accountGroupId, groupId))
    .limit(1);
  return rows.length > 0;
}

export async function updateAccount(
  db: Db,
  id: string,
  patch: { name?: string; account_group_id?: string },
): Promise<void> {
  const set = { name: patch.name, accountGroupId: patch.account_group_id };
  if (set.name === undefined && set.accountGroupId === undefined) return;
  await db.update(accounts).set(set).where(eq(accounts.id, id)).finally(identityChanged);
}

export async function findAccountByName(db: Db, name: string): Promise<string | null> {
  const rows = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.name, name)).limit(1);
  return rows[0]?.id ?? null;
}

export async function createUser(db: Db, email: string): Promise<string> {
  const id = newId();
  await db.insert(users).values({ id, email });
  return id;
}

/** A concurrent insert of the same email finds the row instead of failing on the unique index. */
export async function createUserIfAbsent(db: Db, email: string): Promise<{ id: string; created: boolean }> {
  const rows = await db
    .insert(users)
    .values({ id: newId(), email })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (rows[0]) return { id: rows[0].id, created: true };
  const existing = await findUserByEmail(db, email);
  if (!existing) throw new Error(`User ${email} vanished while being created`);
  return { id: existing.id, created: false };
}

export async function grantRole(db: Db, userId: string, accountId: string, role: string): Promise<void> {
  await db
    .insert(accessProfiles)
    .values({ id: newId(), userId, accountId, role })
    .onConflictDoUpdate({ target: [accessProfiles.userId, accessProfiles.accountId], set: { role } })
    .finally(identityChanged);
}

/** Stores only the hash; the key itself is returned once. */
export async function createApiKey(db: Db, userId: string, key = generateApiKey()): Promise<string> {
  return (await mintApiKey(db, userId, key)).key;
}

export type ApiKeyRow = Omit<typeof apiKeys.$inferSelect, "keyHash">;
const keyColumns = {
  id: apiKeys.id,
  userId: apiKeys.userId,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
};

export async function mintApiKey(
  db: Db,
  userId: string,
  key = generateApiKey(),
): Promise<{ key: string; row: ApiKeyRow }> {
  const [row] = await db
    .insert(apiKeys)
    .values({ id: newId(), userId, keyHash: hashSecret(key), prefix: keyPrefix(key) })
    .returning(keyColumns);
  return { key, row };
}

export async function findApiKey(db: Db, id: string): Promise<ApiKeyRow | null> {
  const rows = await db.select(keyColumns).from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findApiKeysByPrefix(db: Db, prefix: string): Promise<ApiKeyRow[]> {
  return db.select(keyColumns).from(apiKeys).where(eq(apiKeys.prefix, prefix));
}

export async function apiKeysOf(db: Db, userIds: string[]): Promise<ApiKeyRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select(keyColumns)
    .from(apiKeys)
    .where(inArray(apiKeys.userId, userIds))
    .orderBy(apiKeys.createdAt, apiKeys.id);
}

/** Keeps the first revocation time: revoking twice is a no-op. */
export async function revokeApiKeys(db: Db, where: { id?: string; userId?: string }, now = new Date()) {
  const match = where.id ? eq(apiKeys.id, where.id) : where.userId ? eq(apiKeys.userId, where.userId) : null;
  if (!match) throw new Error("revokeApiKeys needs an id or a userId");
  await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(match, isNull(apiKeys.revokedAt)))
    .finally(identityChanged);
}

export async function createSignInToken(db: Db, userId: string, ttlMs: number): Promise<string> {
  const token = generateApiKey().replace(/^egp_/, "sit_");
  await db
    .insert(signInTokens)
    .values({ tokenHash: hashSecret(token), userId, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

/** Single use: the conditional UPDATE makes a second (or concurrent) redeem find no row. */
export async function redeemSignInToken(
  db: Db,
  token: string,
): Promise<{ apiKey: string; userId: string } | null> {
  const rows = await db
    .update(signInTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(signInTokens.tokenHash, hashSecret(token)),
        isNull(signInTokens.usedAt),
        gt(signInTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: signInTokens.userId });
  const userId = rows[0]?.userId;
  if (!userId) return null;
  return { apiKey: await createApiKey(db, userId), userId };
}
