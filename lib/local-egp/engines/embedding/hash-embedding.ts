import { parseEngineConfig, intSetting } from "../config";
import { countWhitespaceTokens, words } from "../text/words";
import { l2Normalise } from "../text/vector";
import type { EmbeddingEngine, EngineSpec } from "../types";

export const HASH_DEFAULT_DIMENSIONS = 512;

/** 32-bit FNV-1a over UTF-16 code units; `seed` gives an independent second hash for the sign. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Signed feature hashing of words and character 3-grams (of each word with boundary marks),
 * L2-normalised. Deterministic and weight-free; similar spellings land near each other, but
 * it knows nothing of meaning. An empty text gives the zero vector.
 */
export function hashEmbed(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  const add = (feature: string) => {
    const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
    vector[fnv1a(feature) % dimensions] += sign;
  };
  for (const word of words(text)) {
    add(`w:${word}`);
    const marked = `<${word}>`;
    for (let i = 0; i + 3 <= marked.length; i++) add(`c:${marked.slice(i, i + 3)}`);
  }
  return l2Normalise(vector);
}

export function loadHashEmbedding(config: EngineSpec["config"]): EmbeddingEngine {
  const { DIMENSIONS: dimensions } = parseEngineConfig(
    "hash-embedding",
    { DIMENSIONS: intSetting(8, 8192).default(HASH_DEFAULT_DIMENSIONS) },
    config,
  );
  return {
    kind: "embedding",
    dimensions,
    async embed(texts) {
      const vectors = texts.map((text) => hashEmbed(text, dimensions));
      const tokens = texts.reduce((sum, text) => sum + countWhitespaceTokens(text), 0);
      return { vectors, tokens };
    },
    async dispose() {},
  };
}
