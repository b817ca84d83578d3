import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import type { InferenceModelBody } from "../db/bodies";
import { inferenceModels } from "../db/schema";
import { Conflict, NotFound } from "../domain/errors";
import { compact, countWhere } from "./list";

export type InferenceModelRow = typeof inferenceModels.$inferSelect;
export type InferenceModelFields = {
  name: string;
  modelType: string;
  modelVendor: string;
  status: string;
  body: InferenceModelBody;
};

export function toInferenceModel(row: InferenceModelRow) {
  return {
    id: row.id,
    object: "model" as const,
    name: row.name,
    model_type: row.modelType,
    model_vendor: row.modelVendor,
    vendor_configuration: row.body.vendor_configuration,
    status: row.status,
    ...compact({ model_metadata: row.body.model_metadata }),
    created_at: row.createdAt.toISOString(),
    created_by_user_id: row.createdByUserId,
  };
}
export type InferenceModel = ReturnType<typeof toInferenceModel>;

/** PostgreSQL's unique_violation, wherever the driver or drizzle put it. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

const nameTaken = (name: string) =>
  new Conflict(`A model named "${name}" already exists; pick another name or send on_conflict "update"`);

export async function insertInferenceModel(
  db: Db,
  accountId: string,
  userId: string,
  fields: InferenceModelFields,
): Promise<InferenceModelRow> {
  try {
    const [row] = await db
      .insert(inferenceModels)
      .values({ id: newId(), accountId, createdByUserId: userId, ...fields })
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(fields.name);
    throw error;
  }
}

export async function updateInferenceModel(
  db: Db,
  id: string,
  fields: Partial<InferenceModelFields>,
): Promise<InferenceModelRow> {
  try {
    const [row] = await db.update(inferenceModels).set(fields).where(eq(inferenceModels.id, id)).returning();
    if (!row) throw new NotFound("Model", id);
    return row;
  } catch (error) {
    if (isUniqueViolation(error) && fields.name) throw nameTaken(fields.name);
    throw error;
  }
}

/** Two models trade names in one transaction (a name no model can hold stands in between). */
export async function swapInferenceModelNames(db: Db, a: InferenceModelRow, b: InferenceModelRow) {
  return db.transaction(async (tx) => {
    const t = inferenceModels;
    await tx
      .update(t)
      .set({ name: `\u0001${a.id}` })
      .where(eq(t.id, a.id));
    await tx.update(t).set({ name: a.name }).where(eq(t.id, b.id));
    const [row] = await tx.update(t).set({ name: b.name }).where(eq(t.id, a.id)).returning();
    return row;
  });
}

export async function getInferenceModelRow(
  db: Db,
  accountId: string,
  id: string,
): Promise<InferenceModelRow> {
  const rows = await db
    .select()
    .from(inferenceModels)
    .where(and(eq(inferenceModels.id, id), eq(inferenceModels.accountId, accountId)))
    .limit(1);
  if (!rows[0]) throw new NotFound("Model", id);
  return rows[0];
}

export async function findInferenceModelByName(
  db: Db,
  accountId: string,
  name: string,
): Promise<InferenceModelRow | null> {
  const rows = await db
    .select()
    .from(inferenceModels)
    .where(and(eq(inferenceModels.accountId, accountId), eq(inferenceModels.name, name)))
    .limit(1);
  return rows[0] ?? null;
}

export async function deleteInferenceModelRow(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .delete(inferenceModels)
    .where(eq(inferenceModels.id, id))
    .returning({ id: inferenceModels.id });
  return rows.length > 0;
}

export type CursorPage = {
  limit: number;
  startingAfter?: InferenceModelRow;
  endingBefore?: InferenceModelRow;
};

/**
 * Newest first (created_at, then id, descending). `startingAfter` answers the rows after that one in
 * this order, `endingBefore` the `limit` rows just before it, still newest first; `hasMore` says
 * whether rows remain beyond the page in the direction read.
 */
export async function listInferenceModels(
  db: Db,
  accountId: string,
  filter: { name?: string; modelVendor?: string },
  page: CursorPage,
): Promise<{ items: InferenceModelRow[]; total: number; hasMore: boolean }> {
  const t = inferenceModels;
  const conditions: SQL[] = [eq(t.accountId, accountId)];
  if (filter.name) conditions.push(eq(t.name, filter.name));
  if (filter.modelVendor) conditions.push(eq(t.modelVendor, filter.modelVendor));
  const matching = and(...conditions);
  // Compared in SQL: a row's created_at has microseconds, which its JavaScript Date loses.
  const cursor = (r: InferenceModelRow) =>
    sql`(select "created_at", "id" from "inference_models" where "id" = ${r.id})`;
  const before = (r: InferenceModelRow) => sql`(${t.createdAt}, ${t.id}) > ${cursor(r)}`;
  const after = (r: InferenceModelRow) => sql`(${t.createdAt}, ${t.id}) < ${cursor(r)}`;
  const window = [
    ...(page.startingAfter ? [after(page.startingAfter)] : []),
    ...(page.endingBefore ? [before(page.endingBefore)] : []),
  ];
  // Reading backwards from `ending_before` takes the rows nearest to it, then restores the order.
  const backwards = Boolean(page.endingBefore) && !page.startingAfter;
  const rows = await db
    .select()
    .from(t)
    .where(and(matching, ...window))
    .orderBy(...(backwards ? [asc(t.createdAt), asc(t.id)] : [desc(t.createdAt), desc(t.id)]))
    .limit(page.limit + 1);
  const hasMore = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  if (backwards) items.reverse();
  return { items, total: await countWhere(db, t, matching), hasMore };
}
