import "server-only";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { LOG_TABLES } from "./pglite-client";
import type { Db } from "./open";

type LogTable = PgTable & { _: { name: (typeof LOG_TABLES)[number] } };

/** A row by the table's property names: every column given (undefined is NULL), json and jsonb as JSON text. */
export type LogRow = Record<string, string | number | boolean | Date | null | undefined>;

/** What both drivers under drizzle (PGlite, a pg Pool) answer to. */
type Driver = { query(text: string, params: unknown[]): Promise<unknown> };

const statements = new Map<string, string>();

/** `insert into "t" (…) values ($1, …), …` for `count` rows; json and jsonb columns cast from text. */
function statementFor(
  table: LogTable,
  columns: [string, { name: string; getSQLType(): string }][],
  count: number,
) {
  const key = `${getTableName(table)}:${count}`;
  let text = statements.get(key);
  if (text) return text;
  const width = columns.length;
  const values = Array.from({ length: count }, (_, row) => {
    const slots = columns.map(([, column], i) => {
      const n = row * width + i + 1;
      const type = column.getSQLType();
      return type === "json" || type === "jsonb" ? `$${n}::text::${type}` : `$${n}`;
    });
    return `(${slots.join(", ")})`;
  });
  const names = columns.map(([, column]) => `"${column.name}"`).join(", ");
  text = `insert into "${getTableName(table)}" (${names}) values ${values.join(", ")}`;
  if (statements.size < 256) statements.set(key, text);
  return text;
}

/**
 * Appends rows to one of the logs every execution writes (LOG_TABLES: a usage event each, a playground
 * run each), as one INSERT of text and parameters handed to the driver. drizzle's insert builder cost
 * ~0.4 ms of CPU per playground save, as much as the execution itself (bench/session-path.ts); these
 * statements are fixed, so they are written once per row count and kept.
 */
export async function appendToLog(db: Db, table: LogTable, rows: LogRow[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table));
  const params: unknown[] = [];
  for (const row of rows) {
    for (const [key] of columns) {
      const value = row[key];
      params.push(value instanceof Date ? value.toISOString() : (value ?? null));
    }
  }
  // safe because drizzle's PGlite and node-postgres databases both expose their client as $client
  const driver = (db as unknown as { $client: Driver }).$client;
  await driver.query(statementFor(table, columns, rows.length), params);
}
