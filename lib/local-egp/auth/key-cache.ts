import "server-only";

/**
 * A per-process cache of what an API key authenticates as (its user and every access profile), so the
 * list routes do not look the key up on every request.
 *
 * Correctness:
 * - This process: every write that can change a lookup's answer (a key revoked, a role granted or
 *   changed, a profile deleted, an account renamed) calls `identityChanged()` as it writes, and the
 *   transactions that hold such writes call it again once they end, so a lookup that ran meanwhile
 *   and read the old rows is not kept. A lookup started before a change is never stored after it
 *   (generations).
 * - Other processes on the same PostgreSQL (replicas, the users CLI): their writes are not seen here,
 *   so an entry is kept at most KEY_CACHE_TTL_MS; a key revoked elsewhere stops working here within
 *   that time. PGlite has one process per data dir (db/dir-lock.ts), so there the first rule is exact.
 * - Unknown and revoked keys are never cached: a key created elsewhere works at once.
 */
export const KEY_CACHE_TTL_MS = 1000;
const MAX_ENTRIES = 1000;

let generation = 0;

/** Forget every cached lookup of this process (each open server's cache). */
export function identityChanged(): void {
  generation++;
}

type Entry<T> = { value: T; at: number; generation: number };

export class KeyCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The cached answer for `keyHash`, else `lookup()`'s, kept when it is not null. */
  async get(keyHash: string, lookup: () => Promise<T | null>): Promise<T | null> {
    const hit = this.entries.get(keyHash);
    const now = this.now();
    if (hit && hit.generation === generation && now - hit.at < KEY_CACHE_TTL_MS) return hit.value;
    if (hit) this.entries.delete(keyHash);
    const started = generation;
    const value = await lookup();
    if (value !== null && started === generation) {
      // Oldest first out: a Map iterates in insertion order.
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(keyHash, { value, at: now, generation: started });
    }
    return value;
  }
}
