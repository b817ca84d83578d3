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

/** A log table's property names in column order, and its INSERT per row count, made once per table. */
type Shape = { keys: string[]; statementFor(count: number): string };
const shapes = new WeakMap<LogTable, Shape>();

function shapeOf(table: LogTable): Shape {
  const known = shapes.get(table);
  if (known) return known;
  const columns = Object.entries(getTableColumns(table));
  const head = `insert into "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(", ")}) values `;
  // json and jsonb columns are cast from text: the caller hands JSON text.
  const casts = columns.map(([, c]) => {
    const type = c.getSQLType();
    return type === "json" || type === "jsonb" ? `::text::${type}` : "";
  });
  const texts = new Map<number, string>();
  const shape: Shape = {
    keys: columns.map(([key]) => key),
    statementFor(count) {
      let text = texts.get(count);
      if (text) return text;
      const rows = Array.from({ length: count }, (_, row) => {
        const slots = casts.map((cast, i) => `$${row * casts.length + i + 1}${cast}`);
        return `(${slots.join(", ")})`;
      });
      text = head + rows.join(", ");
      // Batches are as large as the saves that wait behind one in flight: a few row counts in practice.
      if (texts.size < 64) texts.set(count, text);
      return text;
    },
  };
  shapes.set(table, shape);
  return shape;
}

/**
 * Appends rows to one of the logs every execution writes (LOG_TABLES: a usage event each, a playground
 * run each), as one INSERT of text and parameters handed to the driver. drizzle's insert builder cost
 * ~0.4 ms of CPU per playground save, as much as the execution itself (bench/session-path.ts); these
 * statements are fixed, so each table's is written once per row count and kept.
 */
export async function appendToLog(db: Db, table: LogTable, rows: LogRow[]): Promise<void> {
  if (rows.length === 0) return;
  const { keys, statementFor } = shapeOf(table);
  const params: unknown[] = [];
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      params.push(value instanceof Date ? value.toISOString() : (value ?? null));
    }
  }
  // safe because drizzle's PGlite and node-postgres databases both expose their client as $client
  const driver = (db as unknown as { $client: Driver }).$client;
  await driver.query(statementFor(rows.length), params);
}
