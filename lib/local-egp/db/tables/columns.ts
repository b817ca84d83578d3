import { sql } from "drizzle-orm";
import { customType, text, timestamp } from "drizzle-orm/pg-core";
import { storedJsonb } from "../stored-json";

/** Column builders the tables share. */

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Columns that lists filter or sort on are real; the rest of each resource lives in `body` (db/bodies.ts). */
export const owned = <Body>() => ({
  id: text("id").primaryKey(),
  accountId: text("account_id").notNull(),
  name: text("name").notNull(),
  createdAt: createdAt(),
  createdByUserId: text("created_by_user_id").notNull(),
  body: storedJsonb("body")
    .$type<Body>()
    .notNull()
    .default(sql`'{}'::jsonb`),
});

/** node-postgres answers bytea as a Buffer, PGlite as a Uint8Array: both are bytes. */
export const bytea = customType<{ data: Uint8Array<ArrayBuffer>; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});
