import { embedWithUseTyped, USE_DIMENSIONS, type UseModel } from "./use-model";

/**
 * Memory bound: the cache holds at most `maxBytes` (default 32 MiB, EGP_USE_CACHE_MB) of charged bytes,
 * and each entry is charged its vector (512 float32 = 2,048 B), its key as UTF-16 (2 B per code unit) and
 * a flat 96 B for the Map entry and the typed array's header. V8 keeps ASCII keys at 1 B per character,
 * so real use is at or below the charge (bench: ~2.3 KB real, 2.7 KB charged per 40-word chunk; 32 MiB
 * ≈ 12,000 such chunks).
 */
export const ENTRY_OVERHEAD_BYTES = 96;
export const VECTOR_BYTES = USE_DIMENSIONS * Float32Array.BYTES_PER_ELEMENT;
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;

export function entryBytes(text: string): number {
  return VECTOR_BYTES + 2 * text.length + ENTRY_OVERHEAD_BYTES;
}

/** Least-recently-used text → USE vector map, bounded by the bytes its entries are charged. */
export class EmbeddingCache {
  #entries = new Map<string, Float32Array>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(text: string): Float32Array | undefined {
    const vector = this.#entries.get(text);
    if (vector !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used entry.
      this.#entries.delete(text);
      this.#entries.set(text, vector);
    }
    return vector;
  }

  set(text: string, vector: Float32Array): void {
    const bytes = entryBytes(text);
    if (bytes > this.maxBytes) return;
    if (this.#entries.delete(text)) this.#bytes -= bytes;
    this.#entries.set(text, vector);
    this.#bytes += bytes;
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entryBytes(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}

/** EGP_USE_CACHE_MB (MiB, 0 turns the cache off), else 32 MiB. */
export function cacheBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.EGP_USE_CACHE_MB);
  if (
    env.EGP_USE_CACHE_MB !== undefined &&
    env.EGP_USE_CACHE_MB !== "" &&
    Number.isFinite(configured) &&
    configured >= 0
  )
    return Math.floor(configured * 1024 * 1024);
  return DEFAULT_CACHE_BYTES;
}

// One per process, beside the one model: a text's vector is the same whichever deployment asks.
const shared = globalThis as { __egpUseCache?: EmbeddingCache };

export function sharedEmbeddingCache(): EmbeddingCache {
  shared.__egpUseCache ??= new EmbeddingCache(cacheBytes());
  return shared.__egpUseCache;
}

/** Embeds the texts the cache lacks (each distinct text once) and returns every text's vector. */
export async function embedWithCache(use: UseModel, cache: EmbeddingCache, texts: readonly string[]) {
  const vectors: (Float32Array | undefined)[] = texts.map((text) => cache.get(text));
  const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
  if (missing.length > 0) {
    const embedded = await embedWithUseTyped(use, missing);
    const byText = new Map(missing.map((text, i) => [text, embedded.vectors[i]]));
    for (const [text, vector] of byText) cache.set(text, vector);
    texts.forEach((text, i) => (vectors[i] ??= byText.get(text)));
  }
  return vectors as Float32Array[];
}
