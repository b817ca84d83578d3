import type { PGlite } from "@electric-sql/pglite";
import { NAMED, namedStatements } from "./pglite-statements";

/**
 * The type parsers drizzle's PGlite session passes with every query (drizzle-orm/pglite/session.js): each
 * keeps the database's text (drizzle maps it). PGlite answers a query that passes parsers by spreading
 * its whole parser table (one entry per type OID) with them, on every query: about 0.1 ms of CPU each.
 */
const DRIZZLE_TEXT_TYPES = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];
const keepText = (value: string) => value;

/** A statement that only reads: PGlite runs one statement per `query`, and ours read with SELECT. */
const readsOnly = (text: string) => /^\s*select\s/i.test(text) && !/\sfor\s+(update|share)\b/i.test(text);

/**
 * The append-only logs: every execution adds a usage event and every playground run a row. No kept read
 * reads them (services/read-cache.ts), so a lone insert into one leaves the version as it was, and what
 * was kept (model pages, execution targets) outlives a stream of executions. Their deletes, and any
 * insert inside a transaction, still count as writes.
 */
export const LOG_TABLES = ["usage_events", "playground_runs"] as const;
const LOG_INSERT = new RegExp(`^\\s*insert\\s+into\\s+"(${LOG_TABLES.join("|")})"\\s`, "i");

/**
 * Tables no kept read reads, whose single-statement writes touch nothing else (nothing references them):
 * the console's sessions, which every signed-in user's requests touch once a minute. Their writes leave
 * the version, so kept model pages outlive a sign-in, a sign-out and those touches. (Session checks are
 * kept by session-access.ts, which drops its answers on each of these writes itself.)
 */
export const UNKEPT_TABLES = ["console_sessions"] as const;
const UNKEPT_WRITE = new RegExp(
  `^\\s*(insert\\s+into|update|delete\\s+from)\\s+"(${UNKEPT_TABLES.join("|")})"\\s`,
  "i",
);
const keepsVersion = (text: string) => readsOnly(text) || LOG_INSERT.test(text) || UNKEPT_WRITE.test(text);

export type DrizzleClient = {
  client: PGlite;
  /**
   * Bumped around every statement that may write (anything but a SELECT, a log insert or a lone write of
   * an UNKEPT_TABLES table through `query`; every transaction and `exec`). A data dir has one process
   * (dir-lock.ts), so every write of the database passes here: rows read at one version are the
   * database's rows while the version stays.
   */
  version: () => number;
};

/**
 * The client drizzle is given: the same PGlite, whose own parser table already holds drizzle's, so a
 * query's `parsers` option can be left out (same rows, no per-query copy of the table). Options naming
 * any other type keep their parsers. SELECTs run as named statements (pglite-statements.ts).
 */
export async function forDrizzle(client: PGlite): Promise<DrizzleClient> {
  // After start-up, which (re)builds the table from the database's types.
  await client.waitReady;
  for (const oid of DRIZZLE_TEXT_TYPES) client.parsers[oid] = keepText;
  let version = 0;
  const bump = () => void version++;
  const holds = (oid: string) => DRIZZLE_TEXT_TYPES.includes(Number(oid)) && client.parsers[oid] === keepText;
  const run = <T>(writes: boolean, start: () => Promise<T>): Promise<T> => {
    if (!writes) return start();
    bump();
    return start().finally(bump);
  };
  const named = namedStatements(client, await import("@electric-sql/pglite"));
  const query: PGlite["query"] = (text, params, options) =>
    run(!keepsVersion(text), () => {
      let rest = options;
      if (options?.parsers && Object.keys(options.parsers).every(holds)) {
        const { parsers: _same, ...others } = options;
        rest = others;
      }
      // A statement's plan is kept under a name (pglite-statements.ts); DDL and COPY as PGlite runs them.
      return NAMED.test(text) && !rest?.blob ? named(text, params, rest) : client.query(text, params, rest);
    });
  const proxy = new Proxy(client, {
    get(target, prop) {
      if (prop === "query") return query;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      // PGlite keeps its state in private fields: its methods must run on the instance itself. Any
      // other call (transaction, exec, …) may write.
      return (...args: unknown[]) => {
        bump();
        const result: unknown = value.apply(target, args);
        if (result instanceof Promise) return result.finally(bump);
        bump();
        return result;
      };
    },
  });
  return { client: proxy, version: () => version };
}
