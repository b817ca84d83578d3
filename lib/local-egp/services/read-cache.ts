import "server-only";
import { dataVersion, dbKind, type Db } from "../db/open";

/**
 * Entries per database; a page of more items than MAX_ITEMS (v3 lists answer everything) is not kept.
 * Memory: at most 32 pages of 100 models per open database (the per-type schemas are shared).
 */
const MAX_ENTRIES = 32;
export const MAX_ITEMS = 100;

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const field of Object.values(value)) deepFreeze(field);
  return Object.freeze(value);
}

/**
 * Answers of one read, kept per database while its `dataVersion` stays, i.e. until anything may have
 * written it, in this process or (PostgreSQL) any other: a replica's write is seen on the next request
 * here. An answer is kept only when the version was the same before and after it was read (no write
 * committed or began meanwhile), and is deep-frozen: callers share it, and must copy what they change.
 * A kept read must not read the append-only logs (LOG_TABLES) or the console's sessions
 * (UNKEPT_TABLES), whose writes leave PGlite's version.
 * PostgreSQL pays one round trip per request for the version (two more when it reads); `onPostgres:
 * false` reads straight through there, for reads that every request's own write would outdate anyway
 * (any transaction moves PostgreSQL's version, a log insert included).
 */
export class ReadCache<T> {
  private readonly slots = new WeakMap<Db, { version: number | string; values: Map<string, T> }>();

  constructor(
    private readonly size: (value: T) => number,
    private readonly options: { onPostgres: boolean } = { onPostgres: true },
  ) {}

  /** `items`: how many the read may answer at most; a read that may answer more is never kept. */
  async get(db: Db, key: string, items: number, read: () => Promise<T>): Promise<T> {
    if (items > MAX_ITEMS || (!this.options.onPostgres && dbKind(db) === "postgres")) return read();
    const version = await dataVersion(db);
    if (version === null) return read();
    let slot = this.slots.get(db);
    if (slot?.version !== version) this.slots.set(db, (slot = { version, values: new Map() }));
    const hit = slot.values.get(key);
    if (hit !== undefined) return hit;
    const value = await read();
    if (this.size(value) > MAX_ITEMS || (await dataVersion(db)) !== version) return value;
    // Oldest first out: a Map iterates in insertion order.
    if (slot.values.size >= MAX_ENTRIES) slot.values.delete(slot.values.keys().next().value!);
    slot.values.set(key, deepFreeze(value));
    return value;
  }
}
