import "server-only";
import { identityChanged } from "./auth/key-cache";
import { LEVEL_RANK, levelOf } from "./auth/roles";
import { ADMIN_EMAIL, LOCAL_ACCOUNT } from "./bootstrap";
import { RuleViolation } from "./domain/errors";
import type { Db } from "./db/open";
import { createApiKey, createUserIfAbsent, grantRole, revokeApiKeys } from "./store/identity";
import { deleteProfile, lockAccountProfiles, profilesOfUsers, type Profile } from "./store/members";

/** A rule of membership was broken; routes answer 400, the CLI prints it. */
export class MembershipError extends RuleViolation {}

/** The bootstrap admin (admin@local) and its account: the instance's owner. */
export type Owner = { userId: string; accountId: string };

const isAdmin = (role: string | null) => role !== null && levelOf(role) >= LEVEL_RANK.admin;

/** Cached key lookups are dropped again once the transaction ends (auth/key-cache.ts). */
function inTransaction<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  // safe because a drizzle pg transaction offers the same query API
  return db.transaction((tx) => run(tx as unknown as Db)).finally(identityChanged);
}

/** Neither the owner's seat nor an account's last admin seat may be given up. */
async function guardAdminSeat(tx: Db, owner: Owner, accountId: string, userId: string, next: string | null) {
  if (userId === owner.userId && accountId === owner.accountId && !isAdmin(next)) {
    throw new MembershipError(
      `${ADMIN_EMAIL} owns this instance and keeps the admin role in the ${LOCAL_ACCOUNT} account`,
    );
  }
  const profiles = await lockAccountProfiles(tx, accountId);
  const current = profiles.find((p) => p.userId === userId);
  if (!current || !isAdmin(current.role) || isAdmin(next)) return;
  if (!profiles.some((p) => p.userId !== userId && isAdmin(p.role))) {
    throw new MembershipError("This user is the account's last admin; make another user admin first");
  }
}

/**
 * Adds a user by email to an account (creating the user when new) in one transaction; only a user
 * created here gets a key, answered once.
 */
export function addMember(
  db: Db,
  owner: Owner,
  target: { accountId: string; email: string; role: string },
): Promise<{ userId: string; created: boolean; apiKey: string | null }> {
  return inTransaction(db, async (tx) => {
    const user = await createUserIfAbsent(tx, target.email);
    await guardAdminSeat(tx, owner, target.accountId, user.id, target.role);
    await grantRole(tx, user.id, target.accountId, target.role);
    const apiKey = user.created ? await createApiKey(tx, user.id) : null;
    return { userId: user.id, created: user.created, apiKey };
  });
}

/** Grants (or changes) a user's role in an account. */
export function setRole(db: Db, owner: Owner, target: { accountId: string; userId: string; role: string }) {
  return inTransaction(db, async (tx) => {
    await guardAdminSeat(tx, owner, target.accountId, target.userId, target.role);
    await grantRole(tx, target.userId, target.accountId, target.role);
  });
}

/**
 * Deletes the user's access profile in the account. A user left with no account also loses every
 * key: keys act in all of a user's accounts, so an old key must not come back to life when someone
 * adds the user to an account again.
 */
export function removeMember(
  db: Db,
  owner: Owner,
  target: { accountId: string; userId: string },
  now = new Date(),
): Promise<{ keysRevoked: boolean }> {
  return inTransaction(db, async (tx) => {
    await guardAdminSeat(tx, owner, target.accountId, target.userId, null);
    await deleteProfile(tx, target.accountId, target.userId);
    if ((await profilesOfUsers(tx, [target.userId])).length > 0) return { keysRevoked: false };
    await revokeApiKeys(tx, { userId: target.userId }, now);
    return { keysRevoked: true };
  });
}

export type Actor = { userId: string; profiles: { accountId: string; role: string }[] };

/**
 * A key acts in every account of its user, so minting or revoking someone else's key needs the
 * admin role in each of those accounts; the owner may do it for anyone, and a user for themselves.
 */
export function mayManageKeys(actor: Actor, owner: Owner, targetUserId: string, target: Profile[]): boolean {
  if (actor.userId === targetUserId || actor.userId === owner.userId) return true;
  const adminOf = new Set(actor.profiles.filter((p) => isAdmin(p.role)).map((p) => p.accountId));
  const theirs = target.filter((p) => p.userId === targetUserId);
  return theirs.length > 0 && theirs.every((p) => adminOf.has(p.accountId));
}
