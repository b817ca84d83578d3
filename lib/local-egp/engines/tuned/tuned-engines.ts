import { applyAdapter } from "../../training/embedding-trainer";
import { rerankFeatures, tunedRerankScore } from "../../training/rerank-features";
import type { EmbeddingAdapter, RerankWeights } from "../../training/weights";
import { rerankTokens } from "../rerank/bm25-rerank";
import { EngineLoadError, type EmbeddingEngine, type Engine, type RerankingEngine } from "../types";

/**
 * A locally fine-tuned reranker: the learned scorer over rerank-features.ts, with the cosine feature
 * from the same embedding engine the job trained with.
 */
export function tunedRerankEngine(weights: RerankWeights, embedder: Engine): RerankingEngine {
  if (embedder.kind !== "embedding")
    throw new EngineLoadError(`${weights.embedding} is not an embedding engine`);
  return {
    kind: "reranking",
    async rerank(query, chunks) {
      if (chunks.length === 0) return { scores: [], tokens: rerankTokens(query, chunks) };
      const { vectors } = await embedder.embed([query, ...chunks]);
      const [queryVector, ...chunkVectors] = vectors;
      const features = rerankFeatures(query, chunks, queryVector, chunkVectors);
      return {
        scores: features.map((f) => tunedRerankScore(weights, f)),
        tokens: rerankTokens(query, chunks),
      };
    },
    dispose: () => embedder.dispose(),
  };
}

/** A locally fine-tuned embedding: the base engine's vectors through the learned adapter. */
export function tunedEmbeddingEngine(adapter: EmbeddingAdapter, base: Engine): EmbeddingEngine {
  if (base.kind !== "embedding") throw new EngineLoadError("The base model is not an embedding model");
  if (base.dimensions !== adapter.dimensions)
    throw new EngineLoadError(
      `The fine-tuned adapter expects ${adapter.dimensions}-d vectors; the base engine gives ${base.dimensions}-d`,
    );
  return {
    kind: "embedding",
    dimensions: base.dimensions,
    async embed(texts) {
      const { vectors, tokens } = await base.embed(texts);
      return { vectors: applyAdapter(adapter, vectors), tokens };
    },
    dispose: () => base.dispose(),
  };
}
