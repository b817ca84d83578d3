import "server-only";
import type { Db } from "../db/open";
import { Forbidden, Unauthenticated } from "../domain/errors";
import {
  userWithProfilesByKeyHash,
  type KeyHolder,
  type ProfileWithAccount,
  type UserRow,
} from "../store/identity";
import { KeyCache } from "./key-cache";
import { hashSecret } from "./keys";
import { levelOf, requireAction, type Action } from "./roles";

export type AuthContext = {
  user: UserRow;
  /** The API key this request came with. */
  keyId: string;
  profiles: ProfileWithAccount[];
  /** The selected account (x-selected-account-id, else the first profile). */
  accountId: string;
  role: string;
};

const caches = new WeakMap<Db, KeyCache<KeyHolder>>();

/** The key's user and profiles, null for an unknown or revoked key; cached per server (key-cache.ts). */
export function keyHolder(db: Db, key: string): Promise<KeyHolder | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new KeyCache()));
  const keyHash = hashSecret(key);
  return cache.get(keyHash, () => userWithProfilesByKeyHash(db, keyHash));
}

export async function authenticate(db: Db, request: Request): Promise<AuthContext> {
  const key = request.headers.get("x-api-key");
  if (!key) throw new Unauthenticated("Missing x-api-key header");
  const found = await keyHolder(db, key);
  if (!found) throw new Unauthenticated("Invalid API key");
  const { user, keyId, profiles } = found;
  const selected = request.headers.get("x-selected-account-id");
  const profile = selected
    ? profiles.find((p) => p.account.id === selected)
    : profiles.find((p) => levelOf(p.role) > 0);
  if (!profile) {
    throw new Forbidden(
      selected ? `You have no access to account ${selected}` : "You have no access to any account",
    );
  }
  usable(profile);
  return { user, keyId, profiles, accountId: profile.account.id, role: profile.role };
}

/** A body's account_id may name another account the caller belongs to; it then acts there with that role. */
export function inAccount(auth: AuthContext, accountId: string | null | undefined): AuthContext {
  if (!accountId || accountId === auth.accountId) return auth;
  const profile = auth.profiles.find((p) => p.account.id === accountId);
  if (!profile) throw new Forbidden(`You have no access to account ${accountId}`);
  usable(profile);
  return { ...auth, accountId, role: profile.role };
}

/**
 * A verb that writes into the account a body names: the caller as inAccount makes them there, refused
 * (403) unless that role may do `check`; `action` words the refusal.
 */
export function actInAccount(
  auth: AuthContext,
  accountId: string | null | undefined,
  check: Action,
  action: string,
): AuthContext {
  const caller = inAccount(auth, accountId);
  requireAction(caller.role, check, action);
  return caller;
}

/**
 * A "disabled" or "invited" profile is a seat without access, whichever way it is selected: every
 * route, GETs included, is 403.
 */
function usable(profile: ProfileWithAccount) {
  if (levelOf(profile.role) === 0) {
    throw new Forbidden(`Your access to account ${profile.account.id} is ${profile.role}`);
  }
}
