import "server-only";
import { and, asc, count, desc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import { files } from "../db/schema";
import { NotFound } from "../domain/errors";

export type FileRow = Omit<typeof files.$inferSelect, "content">;
export type FileObject = ReturnType<typeof toFile>;
export type FileCursor = { startingAfter?: string; endingBefore?: string; limit: number };
export type FilePage = { items: FileObject[]; total: number; hasMore: boolean; limit: number };

const { content: _content, ...meta } = getTableColumns(files);

export function toFile(row: FileRow) {
  return {
    id: row.id,
    object: "file" as const,
    size: row.size,
    md5_checksum: row.md5Checksum,
    filename: row.filename,
    mime_type: row.mimeType,
    tags: row.tags,
    created_at: row.createdAt.toISOString(),
    created_by_user_id: row.createdByUserId,
  };
}

export async function insertFile(
  db: Db,
  row: Omit<typeof files.$inferInsert, "id" | "createdAt">,
): Promise<FileObject> {
  const [created] = await db
    .insert(files)
    .values({ id: newId(), ...row })
    .returning(meta);
  return toFile(created);
}

export async function getFileRow(db: Db, accountId: string, id: string): Promise<FileRow> {
  const rows = await db
    .select(meta)
    .from(files)
    .where(and(eq(files.id, id), eq(files.accountId, accountId)))
    .limit(1);
  if (!rows[0]) throw new NotFound("File", id);
  return rows[0];
}

export async function getFileContent(
  db: Db,
  accountId: string,
  id: string,
): Promise<{ row: FileRow; content: Uint8Array<ArrayBuffer> }> {
  const rows = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), eq(files.accountId, accountId)))
    .limit(1);
  if (!rows[0]) throw new NotFound("File", id);
  const { content, ...row } = rows[0];
  return { row, content };
}

/** The cursor row's own (created_at, id), compared in SQL so no precision is lost in a JS Date. */
const position = (accountId: string, id: string) =>
  sql`(select ${files.createdAt}, ${files.id} from ${files} where ${files.accountId} = ${accountId} and ${files.id} = ${id})`;

/**
 * Newest first. `starting_after` answers the files after that one in this order, `ending_before` those
 * before it (read in reverse, nearest first, then turned back); one extra row tells `has_more`.
 */
export async function listFiles(db: Db, accountId: string, cursor: FileCursor): Promise<FilePage> {
  for (const id of [cursor.startingAfter, cursor.endingBefore])
    if (id !== undefined) await getFileRow(db, accountId, id);
  const inAccount = eq(files.accountId, accountId);
  const conditions: SQL[] = [inAccount];
  if (cursor.startingAfter !== undefined)
    conditions.push(sql`(${files.createdAt}, ${files.id}) < ${position(accountId, cursor.startingAfter)}`);
  if (cursor.endingBefore !== undefined)
    conditions.push(sql`(${files.createdAt}, ${files.id}) > ${position(accountId, cursor.endingBefore)}`);
  const backwards = cursor.endingBefore !== undefined && cursor.startingAfter === undefined;
  const order = backwards ? [asc(files.createdAt), asc(files.id)] : [desc(files.createdAt), desc(files.id)];
  const rows = await db
    .select(meta)
    .from(files)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(cursor.limit + 1);
  const hasMore = rows.length > cursor.limit;
  const page = rows.slice(0, cursor.limit);
  if (backwards) page.reverse();
  const [{ n }] = await db.select({ n: count() }).from(files).where(inAccount);
  return { items: page.map(toFile), total: Number(n), hasMore, limit: cursor.limit };
}

export async function updateFileTags(db: Db, id: string, tags: Record<string, unknown>): Promise<FileObject> {
  const [row] = await db.update(files).set({ tags }).where(eq(files.id, id)).returning(meta);
  return toFile(row);
}

export async function deleteFile(db: Db, id: string): Promise<number> {
  const rows = await db.delete(files).where(eq(files.id, id)).returning({ id: files.id });
  return rows.length;
}
