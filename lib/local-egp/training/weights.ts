/**
 * What a local fine-tuning job learns, stored per tuned model (`tuned_weights`) and applied by the
 * engine of the model's deployments. Plain JSON: the store, the engines and the trainers share it.
 */

/** A reranking scorer: sigmoid(weights · standardised features + bias) over the features of rerank-features.ts. */
export type RerankWeights = {
  kind: "rerank";
  /** The embedding image whose vectors give the cosine feature (the base reranker's own). */
  embedding: "use-embedding" | "hash-embedding";
  features: readonly string[];
  weights: number[];
  bias: number;
  /** Standardisation learned on the training rows: z = (x − mean) / scale. */
  mean: number[];
  scale: number[];
};

/**
 * A low-rank linear adapter on a base embedding: y = normalise(x + U·(V·x)), U d×r and V r×d stored
 * row-major. Applied to every text (queries and documents alike), so similarities stay symmetric.
 */
export type EmbeddingAdapter = {
  kind: "embedding-adapter";
  dimensions: number;
  rank: number;
  u: number[];
  v: number[];
  /** When the base model was itself fine-tuned: its adapter, applied first. */
  base?: EmbeddingAdapter;
};

export type TunedWeights = RerankWeights | EmbeddingAdapter;
