import "server-only";
import { identityChanged } from "../auth/key-cache";
import { requireLevel } from "../auth/roles";
import { isUsableRole } from "@/lib/roles";
import type { Db } from "../db/open";
import { Forbidden, Invalid, NotFound } from "../domain/errors";
import type { AccountPatch, AccountRequest } from "../schemas/accounts";
import {
  accountGroupExists,
  createAccount as insertAccount,
  findAccount,
  grantRole,
  updateAccount as writeAccount,
  type Account,
} from "../store/identity";
import type { Ctx } from "./context";

/*
 * Every local account shares the one "local" organization, which only the instance owner administers
 * (as /user-info's is_organization_admin says): so only the owner creates accounts or moves one to
 * another account group, and may read and rename any. For anyone else an account they have no usable
 * seat in is a 404, so ids do not leak.
 */

const isOrganizationAdmin = (ctx: Ctx) => ctx.caller.user.id === ctx.owner.userId;

/** The caller's role in the account; the organization admin acts as admin in every one (as the spec's PATCH says). */
function roleIn(ctx: Ctx, accountId: string): string {
  if (isOrganizationAdmin(ctx)) return "admin";
  const profile = ctx.caller.profiles.find((p) => p.account.id === accountId);
  if (!profile || !isUsableRole(profile.role)) throw new NotFound("Account", accountId);
  return profile.role;
}

async function requireGroup(db: Db, groupId: string) {
  if (!(await accountGroupExists(db, groupId)))
    throw Invalid.field("account_group_id", `Account group ${groupId} not found`);
}

/** The creator becomes the new account's admin in the same transaction, so it never lacks one. */
export async function createAccount(ctx: Ctx, input: AccountRequest): Promise<Account> {
  if (!isOrganizationAdmin(ctx)) throw new Forbidden("Only an organization admin may create accounts");
  await requireGroup(ctx.db, input.account_group_id);
  const id = await ctx.db.transaction(async (tx) => {
    const t = tx as unknown as Db; // safe because a drizzle pg transaction offers the same query API
    const accountId = await insertAccount(t, input.name, input.account_group_id);
    await grantRole(t, ctx.caller.user.id, accountId, "admin");
    return accountId;
  });
  // Again once committed: a key lookup that ran meanwhile saw the caller without the new account.
  identityChanged();
  return stored(ctx.db, id);
}

async function stored(db: Db, id: string): Promise<Account> {
  const account = await findAccount(db, id);
  if (!account) throw new NotFound("Account", id);
  return account;
}

export async function getAccount(ctx: Ctx, id: string): Promise<Account> {
  roleIn(ctx, id);
  return stored(ctx.db, id);
}

/** Renaming needs the admin level in that account; changing its group, the organization admin too. */
export async function accountToChange(ctx: Ctx, id: string): Promise<Account> {
  requireLevel(roleIn(ctx, id), "admin", "update this account");
  return stored(ctx.db, id);
}

/** The account comes from accountToChange, before the body is read: a missing one is a 404 whatever the body. */
export async function updateAccount(ctx: Ctx, account: Account, patch: AccountPatch): Promise<void> {
  if (patch.account_group_id !== undefined) {
    if (!isOrganizationAdmin(ctx))
      throw new Forbidden("Only an organization admin may move an account to another account group");
    await requireGroup(ctx.db, patch.account_group_id);
  }
  await writeAccount(ctx.db, account.id, patch);
}
