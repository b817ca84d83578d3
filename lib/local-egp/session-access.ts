import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { KeyAccess } from "./auth/key-access";
import { KeyCache } from "./auth/key-cache";
import { hashSecret } from "./auth/keys";
import type { Db } from "./db/open";
import { accessProfiles, accounts, apiKeys, consoleSessions, users } from "./db/schema";
import { toRecord, type ConsoleSessionRecord } from "./store/console-sessions";

/** A console session's record and its key's access now, asked together. */
export type SessionAccess = { record: ConsoleSessionRecord | null; access: KeyAccess | null };

/**
 * Answers kept per database, as key lookups are (auth/key-cache.ts): every write of this process that can
 * change one (a session created, touched or ended; a key revoked; a profile or account changed) drops them
 * as it writes; another process's write (a replica, the users CLI) is seen within KEY_CACHE_TTL_MS. An
 * unknown session is never kept. So the console's check of every request asks the database nothing while
 * nothing changed, and a sign-out, revoke or removal through this process takes effect on the next request.
 */
const kept = new WeakMap<Db, KeyCache<SessionAccess>>();

/** The clock kept answers age by; tests move it. */
export const sessionAccessClock = { now: () => performance.now() };

/** The console's per-request check: sessionAccess's answer, read from the database when it is not kept. */
export async function sessionAccess(
  db: Db,
  sid: string,
  apiKey: string,
  accountId: string,
): Promise<SessionAccess> {
  let cache = kept.get(db);
  if (!cache) kept.set(db, (cache = new KeyCache(() => sessionAccessClock.now())));
  const keyHash = hashSecret(apiKey);
  const found = await cache.get(`${sid}\n${keyHash}\n${accountId}`, async () => {
    const read = await readSessionAccess(db, sid, keyHash, accountId);
    return read.record ? read : null;
  });
  return found ?? { record: null, access: null };
}

/**
 * The console's per-request check as one query: the session's record, and what keyAccess would say of
 * its key (null when it no longer authenticates; its role in `accountId`; whether it has any profile).
 * One row per profile of the key's user (one row of nulls past the record when there is none).
 * With no record, access is not looked at (null): the session is over either way.
 */
async function readSessionAccess(
  db: Db,
  sid: string,
  keyHash: string,
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
    .leftJoin(apiKeys, and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
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
