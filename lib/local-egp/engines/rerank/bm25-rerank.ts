import { countWhitespaceTokens } from "../text/words";
import { normaliseByMax } from "../text/vector";
import type { RerankingEngine } from "../types";
import { bm25Scores } from "./bm25";

/** Query plus chunk words: what a reranker reads, as a whitespace estimate. */
export function rerankTokens(query: string, chunks: readonly string[]): number {
  return countWhitespaceTokens(query) + chunks.reduce((sum, chunk) => sum + countWhitespaceTokens(chunk), 0);
}

/** BM25 scaled by the request's best chunk: 1 for the best match, 0 for chunks sharing no term. */
export function loadBm25Rerank(): RerankingEngine {
  return {
    kind: "reranking",
    async rerank(query, chunks) {
      return { scores: normaliseByMax(bm25Scores(query, chunks)), tokens: rerankTokens(query, chunks) };
    },
    async dispose() {},
  };
}
