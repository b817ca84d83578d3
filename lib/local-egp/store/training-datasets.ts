import "server-only";
import { and, desc, eq, getTableColumns } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import { trainingDatasets } from "../db/schema";
import { NotFound } from "../domain/errors";
import type { Page } from "../domain/page";
import { countWhere, offsetOf, type Paged } from "./list";

const t = trainingDatasets;
export type DatasetRow = Omit<typeof t.$inferSelect, "rows">;
const { rows: _rows, ...meta } = getTableColumns(t);

/** The spec's TrainingDatasetResponse. */
export function toDataset(row: DatasetRow) {
  return {
    id: row.id,
    name: row.name,
    schema_type: row.schemaType as "GENERATION" | "RERANKING_QUESTIONS",
    data_source: row.dataSource as "LocalFile",
    created_at: row.createdAt.toISOString(),
    account_id: row.accountId,
    created_by_user_id: row.createdByUserId,
  };
}
export type Dataset = ReturnType<typeof toDataset>;

export async function insertDataset(
  db: Db,
  row: Omit<typeof t.$inferInsert, "id" | "createdAt" | "dataSource">,
): Promise<DatasetRow> {
  const [created] = await db
    .insert(t)
    .values({ id: newId(), dataSource: "LocalFile", ...row })
    .returning(meta);
  return created;
}

export async function getDatasetRow(db: Db, accountId: string, id: string): Promise<DatasetRow> {
  const [row] = await db
    .select(meta)
    .from(t)
    .where(and(eq(t.id, id), eq(t.accountId, accountId)))
    .limit(1);
  if (!row) throw new NotFound("Training dataset", id);
  return row;
}

export async function datasetRows(db: Db, accountId: string, id: string) {
  const [row] = await db
    .select({ rows: t.rows, schemaType: t.schemaType })
    .from(t)
    .where(and(eq(t.id, id), eq(t.accountId, accountId)))
    .limit(1);
  if (!row) throw new NotFound("Training dataset", id);
  return row;
}

export async function listDatasets(db: Db, accountId: string, page: Page): Promise<Paged<Dataset>> {
  const where = eq(t.accountId, accountId);
  const rows = await db
    .select(meta)
    .from(t)
    .where(where)
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(page.limit)
    .offset(offsetOf(page));
  return { items: rows.map(toDataset), total: await countWhere(db, t, where), page };
}

export async function deleteDatasetRow(db: Db, id: string): Promise<number> {
  return (await db.delete(t).where(eq(t.id, id)).returning({ id: t.id })).length;
}
