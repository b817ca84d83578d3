import "server-only";
import { requireAction } from "../auth/roles";
import { Forbidden, NotFound } from "../domain/errors";
import { addMember, mayManageKeys, removeMember, setRole } from "../membership";
import { apiKeysOf, findApiKey, mintApiKey, revokeApiKeys } from "../store/identity";
import { accountMembers, memberOf, profilesOfUsers } from "../store/members";
import type { Ctx } from "./context";
import { actorOf, toApiKey, toLocalUser, userNotFound } from "./user-views";

/*
 * The local-only user administration (not part of EGP). Listing, adding, re-roling and removing users
 * of the caller's account need its admin role, which the route table declares. The membership rules
 * (membership.ts: the owner keeps its seat, no account loses its last admin) are RuleViolations.
 */

const KEY_RULE =
  "you need the admin role in every account this user belongs to (or to be the instance owner)";

async function memberView(ctx: Ctx, userId: string) {
  const member = await memberOf(ctx.db, ctx.caller.accountId, userId);
  if (!member) throw userNotFound(userId);
  const [keys, profiles] = await Promise.all([
    apiKeysOf(ctx.db, [userId]),
    profilesOfUsers(ctx.db, [userId]),
  ]);
  return toLocalUser(member, keys, profiles, { auth: ctx.caller, owner: ctx.owner });
}

async function requireMember(ctx: Ctx, userId: string) {
  if (!(await memberOf(ctx.db, ctx.caller.accountId, userId))) throw userNotFound(userId);
}

export async function listUsers(ctx: Ctx) {
  const members = await accountMembers(ctx.db, ctx.caller.accountId);
  const ids = members.map((m) => m.userId);
  const [keys, profiles] = await Promise.all([apiKeysOf(ctx.db, ids), profilesOfUsers(ctx.db, ids)]);
  const items = members.map((m) => toLocalUser(m, keys, profiles, { auth: ctx.caller, owner: ctx.owner }));
  return { items, total_item_count: items.length };
}

/**
 * A new user's first key is answered once; adding a user who already exists never answers a key,
 * since their keys also act in accounts this admin may not administer.
 */
export async function addUser(ctx: Ctx, input: { email: string; role: string }) {
  const accountId = ctx.caller.accountId;
  const added = await addMember(ctx.db, ctx.owner, { accountId, ...input });
  return {
    user_id: added.userId,
    email: input.email,
    role: input.role,
    account_id: accountId,
    created: added.created,
    api_key: added.apiKey,
  };
}

export async function setUserRole(ctx: Ctx, userId: string, role: string) {
  await requireMember(ctx, userId);
  await setRole(ctx.db, ctx.owner, { accountId: ctx.caller.accountId, userId, role });
  return memberView(ctx, userId);
}

export async function removeUser(ctx: Ctx, userId: string) {
  await requireMember(ctx, userId);
  const { keysRevoked } = await removeMember(ctx.db, ctx.owner, { accountId: ctx.caller.accountId, userId });
  return { id: userId, account_id: ctx.caller.accountId, removed: true, keys_revoked: keysRevoked };
}

/**
 * Anyone may manage their own keys. Another user's need the admin role here (checked in the verb,
 * since it depends on whose key it is) and in every account that user is in: keys act in all of them.
 */
async function checkManage(ctx: Ctx, userId: string, missing: () => Error) {
  if (userId === ctx.caller.user.id) return;
  requireAction(ctx.caller.role, "users:manage", "manage other users' API keys");
  if (!(await memberOf(ctx.db, ctx.caller.accountId, userId))) throw missing();
  const profiles = await profilesOfUsers(ctx.db, [userId]);
  if (!mayManageKeys(actorOf(ctx.caller), ctx.owner, userId, profiles))
    throw new Forbidden(`You may not manage this user's API keys: ${KEY_RULE}`);
}

/** The key is answered once, here. */
export async function mintKey(ctx: Ctx, userId: string) {
  await checkManage(ctx, userId, () => userNotFound(userId));
  const { key, row } = await mintApiKey(ctx.db, userId);
  return { ...toApiKey(row, ctx.caller), api_key: key };
}

export async function revokeKey(ctx: Ctx, keyId: string) {
  const missing = () => new NotFound("API key", keyId);
  const row = await findApiKey(ctx.db, keyId);
  if (!row) throw missing();
  await checkManage(ctx, row.userId, missing);
  await revokeApiKeys(ctx.db, { id: keyId });
  return toApiKey((await findApiKey(ctx.db, keyId)) ?? row, ctx.caller);
}
