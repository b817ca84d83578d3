import "server-only";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataDir } from "./dir-lock";
import { forDrizzle } from "./pglite-client";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type OpenDb = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs fn while no other process starting on this database runs its own (start-up steps). */
  exclusively<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** pg_advisory_lock key of the start-up steps (migrations, bootstrap): "EGPC". */
const STARTUP_LOCK = 0x45475043;
const alone = <T>(fn: () => Promise<T>) => fn();

/** drizzle-kit writes here; resolved from the project root because bundlers rewrite import.meta.url. */
function migrationsFolder() {
  return process.env.EGP_MIGRATIONS_DIR ?? path.join(process.cwd(), "lib/local-egp/db/migrations");
}

/** PostgreSQL when a URL is given, otherwise embedded PGlite in dataDir ("memory://" for tests). */
export async function openDb(opts: {
  dataDir?: string;
  databaseUrl?: string;
  /** How long to wait for another process to release the PGlite data dir. */
  lockWaitMs?: number;
}): Promise<OpenDb> {
  if (opts.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 5 });
    // An idle connection the server ends (a restart, an admin's terminate, the database dropped as the
    // pool closes) is reported here; without a listener it would be an uncaught error. The pool opens a
    // new connection for the next query, so this is logged, not fatal.
    let closing = false;
    pool.on("error", (error) => {
      if (!closing) console.warn(`[local-egp] a PostgreSQL connection was closed: ${error.message}`);
    });
    const end = () => {
      closing = true;
      return pool.end();
    };
    const db = drizzle({ client: pool, schema });
    // A session lock on one connection of the pool; the work runs on others, and a second console
    // starting at the same moment waits on its own lock call until this one is done.
    const exclusively = async <T>(fn: () => Promise<T>): Promise<T> => {
      const holder = await pool.connect();
      try {
        await holder.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK]);
        try {
          return await fn();
        } finally {
          await holder.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK]);
        }
      } finally {
        holder.release();
      }
    };
    try {
      await exclusively(() => migrate(db, { migrationsFolder: migrationsFolder() }));
    } catch (error) {
      await end();
      throw error;
    }
    const snapshot = async () =>
      (await pool.query<{ s: string }>("SELECT txid_current_snapshot()::text AS s")).rows[0].s;
    return {
      db: versioned(db as unknown as Db, snapshot, "postgres"),
      kind: "postgres",
      exclusively,
      close: end,
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = opts.dataDir ?? ".data";
  if (dataDir.startsWith("memory://")) {
    const client = await cloneMemoryTemplate();
    const wrapped = await forDrizzle(client);
    const db = versioned(
      drizzle({ client: wrapped.client, schema }) as unknown as Db,
      wrapped.version,
      "pglite",
    );
    return { db, kind: "pglite", exclusively: alone, close: () => client.close() };
  }
  // The data dir is the user's choice at run time, not a source folder: keep it out of Next's file tracing.
  const unlock = await lockDataDir(path.resolve(/* turbopackIgnore: true */ dataDir), {
    waitMs: opts.lockWaitMs,
  });
  try {
    const client = new PGlite(path.resolve(/* turbopackIgnore: true */ dataDir, "pglite"));
    const wrapped = await forDrizzle(client);
    const db = drizzle({ client: wrapped.client, schema });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    return {
      db: versioned(db as unknown as Db, wrapped.version, "pglite"),
      kind: "pglite",
      exclusively: alone,
      close: () => client.close().finally(unlock),
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

type Version = () => number | Promise<string>;
type Kind = "pglite" | "postgres";
const versions = new WeakMap<Db, { version: Version; kind: Kind }>();

function versioned(db: Db, version: Version, kind: Kind): Db {
  versions.set(db, { version, kind });
  return db;
}

/** The database's kind, for a handle that has a version (null for a transaction's handle). */
export const dbKind = (db: Db): Kind | null => versions.get(db)?.kind ?? null;

/**
 * A value that changes whenever the database may have been written, so what was read between two equal
 * values still holds while it stays. PGlite: a counter of this process's writes (one process owns a
 * data dir; db/pglite-client.ts), left alone by inserts into the append-only logs (LOG_TABLES) and
 * lone writes of the tables no kept read reads (UNKEPT_TABLES).
 * PostgreSQL: the current transaction snapshot (xmin:xmax:in-progress), one round trip: every
 * transaction that writes, in any process, takes a transaction id, which moves xmax, and its commit
 * leaves the in-progress list; writes to other databases of the cluster move it too (a needless change,
 * never a missed one). null for a transaction's handle.
 */
export async function dataVersion(db: Db): Promise<number | string | null> {
  return (await versions.get(db)?.version()) ?? null;
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
