import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { KeyAccess } from "./auth/key-access";
import { hashSecret } from "./auth/keys";
import type { Db } from "./db/open";
import { accessProfiles, accounts, apiKeys, consoleSessions, users } from "./db/schema";
import { toRecord, type ConsoleSessionRecord } from "./store/console-sessions";

/** A console session's record and its key's access now, asked together. */
export type SessionAccess = { record: ConsoleSessionRecord | null; access: KeyAccess | null };

/**
 * The console's per-request check as one query: the session's record, and what keyAccess would say of
 * its key (null when it no longer authenticates; its role in `accountId`; whether it has any profile).
 * One row per profile of the key's user (one row of nulls past the record when there is none).
 * With no record, access is not looked at (null): the session is over either way.
 */
export async function sessionAccess(
  db: Db,
  sid: string,
  apiKey: string,
  accountId: string,
): Promise<SessionAccess> {
  const rows = await db
    .select({
      session: consoleSessions,
      userId: users.id,
      role: accessProfiles.role,
      profileAccountId: accounts.id,
    })
    .from(consoleSessions)
    .leftJoin(apiKeys, and(eq(apiKeys.keyHash, hashSecret(apiKey)), isNull(apiKeys.revokedAt)))
    .leftJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(accessProfiles, eq(accessProfiles.userId, users.id))
    .leftJoin(accounts, eq(accounts.id, accessProfiles.accountId))
    .where(eq(consoleSessions.id, sid));
  const first = rows[0];
  if (!first) return { record: null, access: null };
  const record = toRecord(first.session);
  if (!first.userId) return { record, access: null };
  const profiles = rows.filter((r) => r.role && r.profileAccountId);
  const here = profiles.find((r) => r.profileAccountId === accountId);
  return {
    record,
    access: { userId: first.userId, role: here?.role ?? null, anyProfile: profiles.length > 0 },
  };
}
