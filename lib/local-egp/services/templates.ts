import "server-only";
import { actInAccount, inAccount } from "../auth/authenticate";
import { Conflict } from "../domain/errors";
import type { Page, Paged, SortKey } from "../domain/page";
import type { TemplatePatchSchema, TemplateRequest } from "../schemas/templates";
import {
  countModelsOfTemplate,
  createTemplate as insertTemplate,
  deleteTemplateRow,
  getTemplateRow,
  listTemplates as selectTemplates,
  toTemplate,
  updateTemplate as writeTemplate,
  type Template,
  type TemplateRow,
} from "../store/templates";
import type { z } from "zod";
import type { Ctx } from "./context";

export type TemplateQuery = { accountId?: string | null; modelType?: string; name?: string };

export async function listTemplates(
  ctx: Ctx,
  query: TemplateQuery,
  sort: SortKey[],
  page: Page,
): Promise<Paged<Template>> {
  const { accountId } = inAccount(ctx.caller, query.accountId);
  return selectTemplates(ctx.db, accountId, { modelType: query.modelType, name: query.name }, sort, page);
}

export async function getTemplate(ctx: Ctx, id: string): Promise<Template> {
  return toTemplate(await getTemplateRow(ctx.db, ctx.caller.accountId, id));
}

/** The body's account_id picks the account, so the level is checked here, in that account. */
export async function createTemplate(ctx: Ctx, input: TemplateRequest): Promise<Template> {
  const caller = actInAccount(ctx.caller, input.account_id, "templates:write", "create model templates");
  return insertTemplate(ctx.db, caller.accountId, caller.user.id, input);
}

/** The template a PATCH changes; looked up before the body is read, so a missing one is a 404 first. */
export const templateToUpdate = (ctx: Ctx, id: string): Promise<TemplateRow> =>
  getTemplateRow(ctx.db, ctx.caller.accountId, id);

/** A null field of the patch leaves the stored one as it is (scale_egp sends every field). */
export async function updateTemplate(
  ctx: Ctx,
  row: TemplateRow,
  patch: z.output<typeof TemplatePatchSchema>,
): Promise<Template> {
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null));
  return writeTemplate(ctx.db, row, clean);
}

/** A template in use stays: its models would lose their engine configuration. */
export async function deleteTemplate(ctx: Ctx, id: string): Promise<number> {
  const row = await getTemplateRow(ctx.db, ctx.caller.accountId, id);
  const used = await countModelsOfTemplate(ctx.db, row.id);
  if (used > 0)
    throw new Conflict(`Model template "${row.name}" is used by ${used} model(s); delete those models first`);
  return deleteTemplateRow(ctx.db, row.id);
}
