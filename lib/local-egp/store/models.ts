import "server-only";
import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import type { ModelBody } from "../db/bodies";
import { deployments, modelGroups, models } from "../db/schema";
import { NotFound } from "../domain/errors";
import type { Page, SortKey } from "../domain/page";
import { maskSecrets, type SecretSetters } from "../schemas/creation-params";
import { modelTypeJsonSchemas } from "../schemas/model-type-json-schema";
import type { ModelPatch, ModelRequest } from "../schemas/resources";
import type { DeploymentRow } from "./deployments";
import type { GroupRow } from "./groups";
import { compact, countWhere, likePattern, offsetOf, orderBy, type Paged } from "./list";
import { deploymentsJson, groupJson, pageRowJson, pageRowsOf } from "./model-rows";

export type ModelRow = typeof models.$inferSelect;
const BODY_KEYS = [
  "base_model_id",
  "base_model_metadata",
  "model_creation_parameters",
  "model_card",
  "training_data_card",
  "description",
] as const satisfies (keyof ModelBody)[];

// Written out because drizzle drops table qualifiers inside a correlated subquery.
const deploymentCount =
  sql<number>`(select count(*) from "deployments" d where d."model_instance_id" = "models"."id")`.mapWith(
    Number,
  );

export function toModel(row: ModelRow, count: number) {
  const body = row.body;
  return {
    id: row.id,
    name: row.name,
    model_type: row.modelType,
    ...compact({
      display_name: row.displayName,
      model_vendor: row.modelVendor,
      base_model_id: body.base_model_id,
      base_model_metadata: body.base_model_metadata,
      model_creation_parameters: maskSecrets(body.model_creation_parameters),
      model_card: body.model_card,
      training_data_card: body.training_data_card,
      description: body.description,
      model_template_id: row.modelTemplateId,
      model_group_id: row.modelGroupId,
    }),
    created_at: row.createdAt.toISOString(),
    account_id: row.accountId,
    created_by_user_id: row.createdByUserId,
    ...modelTypeJsonSchemas(row.modelType),
    deployment_count: count,
    supports_multi_turn: row.modelType === "CHAT_COMPLETION" || row.modelType === "AGENT",
  };
}
export type Model = ReturnType<typeof toModel>;

/** A request's body fields over the stored ones: absent keeps a field, null drops it. */
function bodyOf(req: Partial<ModelRequest>, current: ModelBody = {}): ModelBody {
  const next = new Map<string, unknown>(Object.entries(current));
  for (const key of BODY_KEYS) {
    if (req[key] !== undefined) next.set(key, req[key]);
  }
  return Object.fromEntries([...next].filter(([, v]) => v !== null));
}

/** The setters live beside the parameters; toModel never returns them. */
export function withSetters(body: ModelBody, setters: SecretSetters | undefined): ModelBody {
  const { secret_setters: _previous, ...rest } = body;
  return setters && Object.keys(setters).length ? { ...rest, secret_setters: setters } : rest;
}

export async function createModel(
  db: Db,
  accountId: string,
  userId: string,
  req: ModelRequest,
  opts: { builtin?: boolean; secretSetters?: SecretSetters } = {},
): Promise<ModelRow> {
  const [row] = await db
    .insert(models)
    .values({
      id: newId(),
      accountId,
      createdByUserId: userId,
      name: req.name,
      modelType: req.model_type,
      modelVendor: req.model_vendor ?? null,
      displayName: req.display_name ?? null,
      modelTemplateId: req.model_template_id ?? null,
      modelGroupId: req.model_group_id ?? null,
      builtin: opts.builtin ?? false,
      body: withSetters(bodyOf(req), opts.secretSetters),
    })
    .returning();
  return row;
}

export async function getModelRow(db: Db, accountId: string, id: string): Promise<ModelRow> {
  const rows = await db
    .select()
    .from(models)
    .where(and(eq(models.id, id), eq(models.accountId, accountId)))
    .limit(1);
  if (!rows[0]) throw new NotFound("Model", id);
  return rows[0];
}

export async function getModel(db: Db, row: ModelRow): Promise<Model> {
  return toModel(row, await countWhere(db, deployments, eq(deployments.modelInstanceId, row.id)));
}

export type ModelFilter = {
  modelType?: string[];
  modelGroupId?: string[];
  name?: string;
  modelVendor?: string[];
  modelTemplateId?: string[];
  /** true: built-in models only; false: models people created. */
  builtin?: boolean;
};

/**
 * `withGroups`: each model's group row comes along in the same query (the ModelGroup view), looked up
 * among the listed account's groups; `withDeployments`: each model's deployment rows too (the
 * Deployments view).
 */
export async function listModels(
  db: Db,
  accountId: string,
  filter: ModelFilter,
  sort: SortKey[],
  page: Page,
  withGroups = false,
  withDeployments = false,
): Promise<Paged<Model> & { groups: Map<string, GroupRow>; deployments?: Map<string, DeploymentRow[]> }> {
  const conditions: SQL[] = [eq(models.accountId, accountId)];
  if (filter.modelType?.length) conditions.push(inArray(models.modelType, filter.modelType));
  if (filter.modelGroupId?.length) conditions.push(inArray(models.modelGroupId, filter.modelGroupId));
  if (filter.name) conditions.push(ilike(models.name, likePattern(filter.name)));
  if (filter.modelVendor?.length) conditions.push(inArray(models.modelVendor, filter.modelVendor));
  if (filter.modelTemplateId?.length)
    conditions.push(inArray(models.modelTemplateId, filter.modelTemplateId));
  if (filter.builtin !== undefined) conditions.push(eq(models.builtin, filter.builtin));
  const where = and(...conditions);
  const m = models;
  const cols = {
    id: m.id,
    name: m.name,
    created_at: m.createdAt,
    model_type: m.modelType,
    model_vendor: m.modelVendor,
    // What a list shows as the name: the display name, or the name when there is none.
    display_name: sql`coalesce(nullif(${m.displayName}, ''), ${m.name})`,
    model_template_id: m.modelTemplateId,
    model_group_id: m.modelGroupId,
    account_id: m.accountId,
    created_by_user_id: m.createdByUserId,
    deployment_count: deploymentCount,
  };
  // The total rides along as an uncorrelated scalar subquery (evaluated once), not a window count(*)
  // over (), which makes Postgres evaluate every matching row, and its deployment count, before the
  // limit applies (2x slower at 10,000 models). Inside it "models" is the subquery's own table.
  const total = sql`(select count(*) from ${m} where ${where})`;
  const g = modelGroups;
  const group = and(eq(g.id, m.modelGroupId), eq(g.accountId, accountId));
  // With the Deployments view the count is its rows' number: the same rows, one subquery fewer.
  const row = pageRowJson({
    count: withDeployments ? sql`null` : deploymentCount,
    total,
    group: withGroups ? groupJson(g) : sql`null`,
    deployments: withDeployments ? deploymentsJson : sql`null`,
  });
  const from = db.select({ r: row.as("r") }).from(m);
  const inner = (withGroups ? from.leftJoin(g, group) : from)
    .where(where)
    .orderBy(...orderBy(sort, cols, m.body, [desc(m.createdAt), asc(m.id)]))
    .limit(page.limit)
    .offset(offsetOf(page))
    .as("q");
  // json_agg keeps the order its sorted subquery hands it the rows in.
  const [answer] = await db
    .select({ page: sql<unknown>`coalesce(json_agg(${inner.r}), '[]'::json)` })
    .from(inner);
  const rows = pageRowsOf(answer.page);
  const groups = new Map<string, GroupRow>();
  const byModel = withDeployments ? new Map<string, DeploymentRow[]>() : undefined;
  const items = rows.map((r) => {
    if (r.group) groups.set(r.group.id, r.group);
    if (byModel && r.deployments?.length) byModel.set(r.model.id, r.deployments);
    return toModel(r.model, r.deployments ? r.deployments.length : r.count);
  });
  return {
    items,
    // A page past the end has no row to carry the total.
    total: rows.length ? rows[0].total : await countWhere(db, m, where),
    page,
    groups,
    ...(byModel ? { deployments: byModel } : {}),
  };
}

/** `secretSetters`: undefined keeps the stored ones, null drops them. */
export async function updateModel(
  db: Db,
  row: ModelRow,
  patch: ModelPatch,
  secretSetters?: SecretSetters | null,
): Promise<ModelRow> {
  const body = bodyOf(patch, row.body);
  const set: Partial<ModelRow> = {
    body: secretSetters === undefined ? body : withSetters(body, secretSetters ?? undefined),
  };
  if (patch.name != null) set.name = patch.name;
  if (patch.model_type != null) set.modelType = patch.model_type;
  if (patch.model_vendor !== undefined) set.modelVendor = patch.model_vendor;
  if (patch.display_name !== undefined) set.displayName = patch.display_name;
  if (patch.model_template_id !== undefined) set.modelTemplateId = patch.model_template_id;
  if (patch.model_group_id !== undefined) set.modelGroupId = patch.model_group_id;
  const [updated] = await db.update(models).set(set).where(eq(models.id, row.id)).returning();
  return updated;
}

export async function deleteModelRow(db: Db, id: string): Promise<number> {
  const rows = await db.delete(models).where(eq(models.id, id)).returning({ id: models.id });
  return rows.length;
}

export async function findModelIdByName(db: Db, accountId: string, name: string): Promise<string | null> {
  const rows = await db
    .select({ id: models.id })
    .from(models)
    .where(and(eq(models.accountId, accountId), eq(models.name, name)))
    .orderBy(asc(models.createdAt))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** Whole rows of an account's models of the given types (or of one exact name), oldest first. */
export async function modelRowsOf(
  db: Db,
  accountId: string,
  filter: { modelTypes?: string[]; name?: string },
): Promise<ModelRow[]> {
  const conditions: SQL[] = [eq(models.accountId, accountId)];
  if (filter.modelTypes) conditions.push(inArray(models.modelType, filter.modelTypes));
  if (filter.name !== undefined) conditions.push(eq(models.name, filter.name));
  return db
    .select()
    .from(models)
    .where(and(...conditions))
    .orderBy(asc(models.createdAt), asc(models.id));
}
