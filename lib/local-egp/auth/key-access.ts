import "server-only";
import type { Db } from "../db/open";
import { userWithProfilesByKey } from "../store/identity";

/**
 * Who a key belongs to, its role in one account (null: no profile there) and whether it has a profile
 * anywhere (a removed user has none); null when the key no longer authenticates.
 */
export type KeyAccess = { userId: string; role: string | null; anyProfile: boolean };

/**
 * The console's per-request question, answered with the same lookup that authenticates EGP calls, read
 * from the database every time (not through auth/key-cache.ts): a session ends on the first request
 * after its key is revoked or its user removed, whoever changed the rows.
 */
export async function keyAccess(db: Db, apiKey: string, accountId: string): Promise<KeyAccess | null> {
  const found = await userWithProfilesByKey(db, apiKey);
  if (!found) return null;
  const profile = found.profiles.find((p) => p.account.id === accountId);
  return { userId: found.user.id, role: profile?.role ?? null, anyProfile: found.profiles.length > 0 };
}
