import { numberSetting, parseEngineConfig } from "../config";
import { loadUseModelOrFail } from "../embedding/use-embedding";
import { embedWithCache, sharedEmbeddingCache, type EmbeddingCache } from "../embedding/embedding-cache";
import { embedWithUsePadded, embedWithUseTyped, type UseModel } from "../embedding/use-model";
import { clamp01, cosine, normaliseByMax } from "../text/vector";
import type { EngineSpec, RerankingEngine } from "../types";
import { bm25Scores } from "./bm25";
import { rerankTokens } from "./bm25-rerank";

const DEFAULT_WEIGHT = 0.7;

/**
 * score = w·max(0, cos_USE(query, chunk)) + (1 − w)·BM25 scaled by the request's best chunk.
 * USE catches paraphrases that share no words; BM25 rewards exact terms. Negative cosines
 * (unrelated text) count as 0 so every score stays in [0, 1].
 */
export function hybridScores(
  queryVector: ArrayLike<number>,
  chunkVectors: readonly ArrayLike<number>[],
  bm25: number[],
  weight: number,
) {
  const lexical = normaliseByMax(bm25);
  return chunkVectors.map((vector, i) =>
    clamp01(weight * clamp01(cosine(queryVector, vector)) + (1 - weight) * lexical[i]),
  );
}

export type HybridRerankOptions = {
  /** Vectors of texts seen before; the process's shared cache unless null (no cache). */
  cache?: EmbeddingCache | null;
  /** The bench's baseline: embed in input order through the package's padded batches. */
  padded?: boolean;
};

export async function loadHybridRerank(
  config: EngineSpec["config"],
  options: HybridRerankOptions = {},
): Promise<RerankingEngine> {
  const { WEIGHT: weight } = parseEngineConfig(
    "hybrid-rerank",
    { WEIGHT: numberSetting(0, 1).default(DEFAULT_WEIGHT) },
    config,
  );
  const model = await loadUseModelOrFail("hybrid-rerank");
  const cache = options.cache === undefined ? sharedEmbeddingCache() : options.cache;
  const embed = async (use: UseModel, texts: string[]): Promise<ArrayLike<number>[]> => {
    if (options.padded) return (await embedWithUsePadded(use, texts)).vectors;
    if (cache) return embedWithCache(use, cache, texts);
    return (await embedWithUseTyped(use, texts)).vectors;
  };
  return {
    kind: "reranking",
    async rerank(query, chunks) {
      if (chunks.length === 0) return { scores: [], tokens: rerankTokens(query, chunks) };
      const vectors = await embed(model, [query, ...chunks]);
      const [queryVector, ...chunkVectors] = vectors;
      const scores = hybridScores(queryVector, chunkVectors, bm25Scores(query, chunks), weight);
      return { scores, tokens: rerankTokens(query, chunks) };
    },
    async dispose() {},
  };
}
