import { numberSetting, parseEngineConfig } from "../config";
import { loadUseModelOrFail } from "../embedding/use-embedding";
import { embedWithUse } from "../embedding/use-model";
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
  queryVector: number[],
  chunkVectors: number[][],
  bm25: number[],
  weight: number,
) {
  const lexical = normaliseByMax(bm25);
  return chunkVectors.map((vector, i) =>
    clamp01(weight * clamp01(cosine(queryVector, vector)) + (1 - weight) * lexical[i]),
  );
}

export async function loadHybridRerank(config: EngineSpec["config"]): Promise<RerankingEngine> {
  const { WEIGHT: weight } = parseEngineConfig(
    "hybrid-rerank",
    { WEIGHT: numberSetting(0, 1).default(DEFAULT_WEIGHT) },
    config,
  );
  const model = await loadUseModelOrFail("hybrid-rerank");
  return {
    kind: "reranking",
    async rerank(query, chunks) {
      if (chunks.length === 0) return { scores: [], tokens: rerankTokens(query, chunks) };
      const { vectors } = await embedWithUse(model, [query, ...chunks]);
      const [queryVector, ...chunkVectors] = vectors;
      const scores = hybridScores(queryVector, chunkVectors, bm25Scores(query, chunks), weight);
      return { scores, tokens: rerankTokens(query, chunks) };
    },
    async dispose() {},
  };
}
