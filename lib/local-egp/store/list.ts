import "server-only";
import { asc, count, desc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/open";
import type { Page, Paged, SortKey } from "../domain/page";

export type { Paged };

/** Sort fields map to real columns where they exist and to the jsonb body otherwise; id breaks ties. */
export function orderBy(
  sort: SortKey[],
  columns: Record<string, AnyPgColumn | SQL>,
  body: AnyPgColumn,
  fallback: SQL[],
): SQL[] {
  const keys = sort.map(({ field, direction }) => {
    const target = Object.hasOwn(columns, field) ? columns[field] : sql`${body}->${field}`;
    return direction === "desc" ? desc(target) : asc(target);
  });
  return keys.length > 0 ? [...keys, ...fallback] : fallback;
}

export async function countWhere(db: Db, table: PgTable, where: SQL | undefined): Promise<number> {
  const rows = await db.select({ n: count() }).from(table).where(where);
  return Number(rows[0]?.n ?? 0);
}

export const offsetOf = (page: Page) => (page.page - 1) * page.limit;

/** `?name=` substring search; LIKE wildcards in the input are literal. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The spec's optional fields are not nullable, so unset ones are left out of responses. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}
