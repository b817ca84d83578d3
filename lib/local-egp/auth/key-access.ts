import "server-only";
import type { Db } from "../db/open";
import { keyHolder } from "./authenticate";

/**
 * Who a key belongs to, its role in one account (null: no profile there) and whether it has a profile
 * anywhere (a removed user has none); null when the key no longer authenticates.
 */
export type KeyAccess = { userId: string; role: string | null; anyProfile: boolean };

/** The console's per-request question, answered with the same lookup that authenticates EGP calls. */
export async function keyAccess(db: Db, apiKey: string, accountId: string): Promise<KeyAccess | null> {
  const found = await keyHolder(db, apiKey);
  if (!found) return null;
  const profile = found.profiles.find((p) => p.account.id === accountId);
  return { userId: found.user.id, role: profile?.role ?? null, anyProfile: found.profiles.length > 0 };
}
