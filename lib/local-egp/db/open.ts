import "server-only";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataDir } from "./dir-lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type OpenDb = { db: Db; kind: "pglite" | "postgres"; close(): Promise<void> };

/** drizzle-kit writes here; resolved from the project root because bundlers rewrite import.meta.url. */
function migrationsFolder() {
  return process.env.EGP_MIGRATIONS_DIR ?? path.join(process.cwd(), "lib/local-egp/db/migrations");
}

/** PostgreSQL when a URL is given, otherwise embedded PGlite in dataDir ("memory://" for tests). */
export async function openDb(opts: { dataDir?: string; databaseUrl?: string }): Promise<OpenDb> {
  if (opts.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 5 });
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = opts.dataDir ?? ".data";
  if (dataDir.startsWith("memory://")) {
    const client = await cloneMemoryTemplate();
    const db = drizzle({ client, schema });
    return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
  }
  // The data dir is the user's choice at run time, not a source folder: keep it out of Next's file tracing.
  const unlock = lockDataDir(path.resolve(/* turbopackIgnore: true */ dataDir));
  try {
    const client = new PGlite(path.resolve(/* turbopackIgnore: true */ dataDir, "pglite"));
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    return { db: db as unknown as Db, kind: "pglite", close: () => client.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function cloneMemoryTemplate() {
  const { PGlite } = await import("@electric-sql/pglite");
  const copy = await (await migratedMemoryTemplate()).clone();
  // safe because clone() of a PGlite is a PGlite; its declared type is the wider interface
  if (!(copy instanceof PGlite)) throw new Error("PGlite clone is not a PGlite");
  return copy;
}

let memoryTemplate: Promise<import("@electric-sql/pglite").PGlite> | undefined;

/** initdb costs seconds; in-memory databases (tests) clone one migrated template instead (~0.5 s). */
function migratedMemoryTemplate() {
  memoryTemplate ??= (async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const template = new PGlite("memory://");
    await migrate(drizzle({ client: template, schema }), { migrationsFolder: migrationsFolder() });
    return template;
  })();
  return memoryTemplate;
}
