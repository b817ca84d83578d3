import type { PGlite } from "@electric-sql/pglite";

/**
 * The type parsers drizzle's PGlite session passes with every query (drizzle-orm/pglite/session.js): each
 * keeps the database's text (drizzle maps it). PGlite answers a query that passes parsers by spreading
 * its whole parser table (one entry per type OID) with them, on every query: about 0.1 ms of CPU each.
 */
const DRIZZLE_TEXT_TYPES = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];
const keepText = (value: string) => value;

/**
 * The client drizzle is given: the same PGlite, whose own parser table already holds drizzle's, so a
 * query's `parsers` option can be left out (same rows, no per-query copy of the table). Options naming
 * any other type keep their parsers.
 */
export async function forDrizzle(client: PGlite): Promise<PGlite> {
  // After start-up, which (re)builds the table from the database's types.
  await client.waitReady;
  for (const oid of DRIZZLE_TEXT_TYPES) client.parsers[oid] = keepText;
  const holds = (oid: string) => DRIZZLE_TEXT_TYPES.includes(Number(oid)) && client.parsers[oid] === keepText;
  const query: PGlite["query"] = (text, params, options) => {
    if (!options?.parsers || !Object.keys(options.parsers).every(holds))
      return client.query(text, params, options);
    const { parsers: _same, ...rest } = options;
    return client.query(text, params, rest);
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "query") return query;
      const value: unknown = Reflect.get(target, prop, target);
      // PGlite keeps its state in private fields: its methods must run on the instance itself.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
