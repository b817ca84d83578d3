import "server-only";
import type { AuthContext } from "../auth/authenticate";
import { NotFound } from "../domain/errors";
import { mayManageKeys, type Owner } from "../membership";
import type { ApiKeyRow } from "../store/identity";
import type { Member, Profile } from "../store/members";

/** Never the key or its hash: only what tells keys apart. */
export function toApiKey(row: ApiKeyRow, auth: AuthContext) {
  return {
    id: row.id,
    user_id: row.userId,
    prefix: row.prefix,
    created_at: row.createdAt.toISOString(),
    revoked_at: row.revokedAt?.toISOString() ?? null,
    current: row.id === auth.keyId,
  };
}

export function toLocalUser(
  member: Member,
  keys: ApiKeyRow[],
  profiles: Profile[],
  ctx: { auth: AuthContext; owner: Owner },
) {
  return {
    id: member.userId,
    email: member.email,
    role: member.role,
    account_id: ctx.auth.accountId,
    keys: keys.filter((k) => k.userId === member.userId).map((k) => toApiKey(k, ctx.auth)),
    can_manage_keys: mayManageKeys(actorOf(ctx.auth), ctx.owner, member.userId, profiles),
  };
}

export const actorOf = (auth: AuthContext) => ({
  userId: auth.user.id,
  profiles: auth.profiles.map((p) => ({ accountId: p.account.id, role: p.role })),
});

export const userNotFound = (id: string) => new NotFound("User", id);
