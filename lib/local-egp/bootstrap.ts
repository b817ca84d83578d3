import "server-only";
import type { Db } from "./db/open";
import { seed } from "./seed";
import {
  createAccount,
  createApiKey,
  createUser,
  findAccountByName,
  findUserByEmail,
  findUserByKey,
  grantRole,
} from "./store/identity";

export const ADMIN_EMAIL = "admin@local";
export const LOCAL_ACCOUNT = "Local";
export type Bootstrap = { adminUserId: string; adminKey: string | null; accountId: string };

/** Creates admin@local, the "Local" account and a key on first start; the key is returned only when just created. */
export async function bootstrap(db: Db, opts: { adminKey?: string; seed?: boolean }): Promise<Bootstrap> {
  const existing = await findUserByEmail(db, ADMIN_EMAIL);
  if (existing) {
    const accountId =
      (await findAccountByName(db, LOCAL_ACCOUNT)) ?? (await createAccount(db, LOCAL_ACCOUNT));
    let adminKey: string | null = null;
    if (opts.adminKey && !(await findUserByKey(db, opts.adminKey)))
      adminKey = await createApiKey(db, existing.id, opts.adminKey);
    return { adminUserId: existing.id, adminKey, accountId };
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db; // safe because a drizzle pg transaction offers the same query API
    const accountId = await createAccount(t, LOCAL_ACCOUNT);
    const adminUserId = await createUser(t, ADMIN_EMAIL);
    await grantRole(t, adminUserId, accountId, "admin");
    const adminKey = await createApiKey(t, adminUserId, opts.adminKey);
    if (opts.seed !== false) await seed(t, accountId, adminUserId);
    return { adminUserId, adminKey, accountId };
  });
}
