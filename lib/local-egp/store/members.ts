import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { identityChanged } from "../auth/key-cache";
import type { Db } from "../db/open";
import { accessProfiles, accounts, users } from "../db/schema";

export type Member = { userId: string; email: string; role: string; createdAt: Date };

/** The users of one account with their role there, oldest first. */
export async function accountMembers(db: Db, accountId: string): Promise<Member[]> {
  return db
    .select({
      userId: users.id,
      email: users.email,
      role: accessProfiles.role,
      createdAt: accessProfiles.createdAt,
    })
    .from(accessProfiles)
    .innerJoin(users, eq(users.id, accessProfiles.userId))
    .where(eq(accessProfiles.accountId, accountId))
    .orderBy(accessProfiles.createdAt, accessProfiles.id);
}

export async function memberOf(db: Db, accountId: string, userId: string): Promise<Member | null> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      role: accessProfiles.role,
      createdAt: accessProfiles.createdAt,
    })
    .from(accessProfiles)
    .innerJoin(users, eq(users.id, accessProfiles.userId))
    .where(and(eq(accessProfiles.accountId, accountId), eq(accessProfiles.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export type Profile = { userId: string; accountId: string; role: string };

/** Every account these users belong to, with their role there. */
export async function profilesOfUsers(db: Db, userIds: string[]): Promise<Profile[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: accessProfiles.userId, accountId: accessProfiles.accountId, role: accessProfiles.role })
    .from(accessProfiles)
    .where(inArray(accessProfiles.userId, userIds));
}

/** Locks the account's profiles until the transaction ends, so two demotions cannot both see a second admin. */
export async function lockAccountProfiles(db: Db, accountId: string) {
  return db
    .select({ userId: accessProfiles.userId, role: accessProfiles.role })
    .from(accessProfiles)
    .where(eq(accessProfiles.accountId, accountId))
    .for("update");
}

export async function deleteProfile(db: Db, accountId: string, userId: string): Promise<void> {
  await db
    .delete(accessProfiles)
    .where(and(eq(accessProfiles.accountId, accountId), eq(accessProfiles.userId, userId)))
    .finally(identityChanged);
}

export async function accountName(db: Db, accountId: string): Promise<string | null> {
  const rows = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  return rows[0]?.name ?? null;
}
