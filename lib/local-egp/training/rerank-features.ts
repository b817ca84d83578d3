import { bm25Scores, bm25Terms } from "../engines/rerank/bm25";
import { clamp01, cosine, normaliseByMax } from "../engines/text/vector";
import type { RerankWeights } from "./weights";

/**
 * The features a tuned reranker scores over, for one query and its candidate chunks. Each is computed
 * from the texts and the base embedding's vectors, as the base rerankers see them:
 * - `cosine`: the embedding cosine (negatives as 0), hybrid-rerank's semantic half;
 * - `bm25`: BM25 scaled by the request's best chunk, its lexical half;
 * - `bm25_log`: unscaled BM25, log(1 + s), so a request whose best chunk matches weakly says so;
 * - `overlap`: share of the query's terms (stop words aside) found in the chunk;
 * - `bigram_overlap`: share of the query's adjacent term pairs found in the chunk;
 * - `number_overlap`: share of the query's numbers (codes, versions, ids) found in the chunk, 0 without any;
 * - `length`: log(1 + the chunk's term count) / 6.
 */
export const RERANK_FEATURES = [
  "cosine",
  "bm25",
  "bm25_log",
  "overlap",
  "bigram_overlap",
  "number_overlap",
  "length",
] as const;

const bigrams = (terms: readonly string[]) => terms.slice(1).map((t, i) => `${terms[i]} ${t}`);
const share = (wanted: readonly string[], have: Set<string>) =>
  wanted.length === 0 ? 0 : wanted.filter((w) => have.has(w)).length / wanted.length;

export function rerankFeatures(
  query: string,
  chunks: readonly string[],
  queryVector: ArrayLike<number>,
  chunkVectors: readonly ArrayLike<number>[],
): number[][] {
  const raw = bm25Scores(query, chunks);
  const scaled = normaliseByMax(raw);
  const queryTerms = [...new Set(bm25Terms(query))];
  const queryBigrams = [...new Set(bigrams(bm25Terms(query)))];
  const queryNumbers = queryTerms.filter((t) => /^\p{N}+$/u.test(t));
  return chunks.map((chunk, i) => {
    const terms = bm25Terms(chunk);
    const termSet = new Set(terms);
    return [
      clamp01(cosine(queryVector, chunkVectors[i])),
      scaled[i],
      Math.log1p(raw[i]),
      share(queryTerms, termSet),
      share(queryBigrams, new Set(bigrams(terms))),
      share(queryNumbers, termSet),
      Math.log1p(terms.length) / 6,
    ];
  });
}

/** The base rerankers' own formulas over the same features: what a tuned model is measured against. */
export function baseRerankScore(image: string, features: readonly number[], hybridWeight = 0.7): number {
  if (image === "bm25-rerank") return features[1];
  return clamp01(hybridWeight * features[0] + (1 - hybridWeight) * features[1]);
}

/** A tuned scorer's score in [0, 1]. */
export function tunedRerankScore(weights: RerankWeights, features: readonly number[]): number {
  let z = weights.bias;
  for (let j = 0; j < features.length; j++)
    z += weights.weights[j] * ((features[j] - weights.mean[j]) / weights.scale[j]);
  return 1 / (1 + Math.exp(-z));
}
