import "server-only";
import { and, asc, desc, eq, ilike, inArray, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import { modelGroups } from "../db/schema";
import { NotFound } from "../domain/errors";
import type { Page, SortKey } from "../domain/page";
import { compact, countWhere, likePattern, offsetOf, orderBy, type Paged } from "./list";

export type GroupRow = typeof modelGroups.$inferSelect;
type Row = GroupRow;
export type Group = ReturnType<typeof toGroup>;

export function toGroup(row: Row) {
  return {
    id: row.id,
    name: row.name,
    ...compact({ description: row.description }),
    created_at: row.createdAt.toISOString(),
    account_id: row.accountId,
    created_by_user_id: row.createdByUserId,
  };
}

export async function createGroup(
  db: Db,
  accountId: string,
  userId: string,
  req: { name: string; description?: string | null },
) {
  const [row] = await db
    .insert(modelGroups)
    .values({
      id: newId(),
      accountId,
      createdByUserId: userId,
      name: req.name,
      description: req.description ?? null,
    })
    .returning();
  return toGroup(row);
}

export async function getGroupRow(db: Db, accountId: string, id: string): Promise<Row> {
  const rows = await db
    .select()
    .from(modelGroups)
    .where(and(eq(modelGroups.id, id), eq(modelGroups.accountId, accountId)))
    .limit(1);
  if (!rows[0]) throw new NotFound("Model group", id);
  return rows[0];
}

/** Several groups of one account in one query, by id; unknown ids are simply absent. */
export async function groupRowsByIds(db: Db, accountId: string, ids: string[]): Promise<Map<string, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(modelGroups)
    .where(and(eq(modelGroups.accountId, accountId), inArray(modelGroups.id, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listGroups(
  db: Db,
  accountId: string,
  name: string | undefined,
  sort: SortKey[],
  page: Page,
): Promise<Paged<Group>> {
  const conditions: SQL[] = [eq(modelGroups.accountId, accountId)];
  if (name) conditions.push(ilike(modelGroups.name, likePattern(name)));
  const where = and(...conditions);
  const g = modelGroups;
  const rows = await db
    .select()
    .from(g)
    .where(where)
    .orderBy(
      ...orderBy(
        sort,
        { id: g.id, name: g.name, created_at: g.createdAt, description: g.description },
        g.body,
        [desc(g.createdAt), asc(g.id)],
      ),
    )
    .limit(page.limit)
    .offset(offsetOf(page));
  return { items: rows.map(toGroup), total: await countWhere(db, g, where), page };
}

export async function updateGroup(
  db: Db,
  id: string,
  patch: { name?: string | null; description?: string | null },
) {
  const set: Partial<Row> = {};
  if (patch.name != null) set.name = patch.name;
  if (patch.description !== undefined) set.description = patch.description;
  const [row] = Object.keys(set).length
    ? await db.update(modelGroups).set(set).where(eq(modelGroups.id, id)).returning()
    : await db.select().from(modelGroups).where(eq(modelGroups.id, id));
  return toGroup(row);
}

export async function deleteGroup(db: Db, id: string): Promise<number> {
  const rows = await db.delete(modelGroups).where(eq(modelGroups.id, id)).returning({ id: modelGroups.id });
  return rows.length;
}
