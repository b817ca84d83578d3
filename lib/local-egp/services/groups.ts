import "server-only";
import { actInAccount, inAccount } from "../auth/authenticate";
import type { Page, Paged, SortKey } from "../domain/page";
import {
  createGroup as insertGroup,
  deleteGroup as deleteGroupRow,
  getGroupRow,
  listGroups as selectGroups,
  toGroup,
  updateGroup as writeGroup,
  type Group,
  type GroupRow,
} from "../store/groups";
import { getModel, getModelRow, updateModel, type Model } from "../store/models";
import type { Ctx } from "./context";

type GroupInput = { name: string; description?: string | null; account_id?: string | null };

export async function listGroups(
  ctx: Ctx,
  query: { accountId?: string | null; name?: string },
  sort: SortKey[],
  page: Page,
): Promise<Paged<Group>> {
  const { accountId } = inAccount(ctx.caller, query.accountId);
  return selectGroups(ctx.db, accountId, query.name, sort, page);
}

export async function getGroup(ctx: Ctx, id: string): Promise<Group> {
  return toGroup(await getGroupRow(ctx.db, ctx.caller.accountId, id));
}

/** The body's account_id picks the account, so the member level is checked here, in that account. */
export async function createGroup(ctx: Ctx, input: GroupInput): Promise<Group> {
  const auth = actInAccount(ctx.caller, input.account_id, "groups:write", "create model groups");
  return insertGroup(ctx.db, auth.accountId, auth.user.id, input);
}

/** Looked up before the body is read, so a missing group is a 404 whatever the body. */
export const groupToChange = (ctx: Ctx, id: string): Promise<GroupRow> =>
  getGroupRow(ctx.db, ctx.caller.accountId, id);

export async function updateGroup(
  ctx: Ctx,
  row: GroupRow,
  patch: { name?: string | null; description?: string | null },
): Promise<Group> {
  return writeGroup(ctx.db, row.id, patch);
}

export async function deleteGroup(ctx: Ctx, id: string): Promise<number> {
  return deleteGroupRow(ctx.db, (await groupToChange(ctx, id)).id);
}

/** Both must be in the caller's account; built-in models may be grouped too. */
export async function addModelToGroup(ctx: Ctx, groupId: string, modelId: string): Promise<Model> {
  const group = await getGroupRow(ctx.db, ctx.caller.accountId, groupId);
  const model = await getModelRow(ctx.db, ctx.caller.accountId, modelId);
  return getModel(ctx.db, await updateModel(ctx.db, model, { model_group_id: group.id }));
}
