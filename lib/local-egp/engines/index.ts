import "server-only";
import { EngineLoadError, LOCAL_IMAGES, type Engine, type EngineSpec } from "./types";

export * from "./types";
export { toAgentResponse, type AgentResponse } from "./agent/to-agent-response";

/**
 * Loads the engine for a local image. Each engine module (and with it tfjs or node-llama-cpp)
 * is imported only when first needed, so importing this file is cheap. Throws EngineLoadError
 * with a reason a person can act on; it becomes the deployment's failure reason.
 */
export async function loadEngine(spec: EngineSpec): Promise<Engine> {
  if (spec.tuned) return loadTunedEngine(spec);
  switch (spec.image) {
    case "use-embedding":
      return (await import("./embedding/use-embedding")).loadUseEmbedding();
    case "hash-embedding":
      return (await import("./embedding/hash-embedding")).loadHashEmbedding(spec.config);
    case "bm25-rerank":
      return (await import("./rerank/bm25-rerank")).loadBm25Rerank();
    case "hybrid-rerank":
      return (await import("./rerank/hybrid-rerank")).loadHybridRerank(spec.config);
    case "llama-cpp":
      return (await import("./llama/llama-cpp-engine")).loadLlamaCppEngine(spec.config);
    case "openai-compatible":
      return (await import("./openai/openai-engine")).loadOpenAiEngine(spec.config);
    default:
      throw new EngineLoadError(
        `Unknown local image ${JSON.stringify(spec.image)}. Use one of: ${LOCAL_IMAGES.join(", ")}.`,
      );
  }
}

/** A fine-tuned model: its image's engine (or the embedder its scorer reads) under the learned weights. */
async function loadTunedEngine(spec: EngineSpec): Promise<Engine> {
  const tuned = spec.tuned!;
  const { tunedEmbeddingEngine, tunedRerankEngine } = await import("./tuned/tuned-engines");
  if (tuned.kind === "rerank") {
    if (spec.image !== "hybrid-rerank" && spec.image !== "bm25-rerank")
      throw new EngineLoadError(
        `A fine-tuned reranker runs on hybrid-rerank or bm25-rerank, not ${spec.image}`,
      );
    return tunedRerankEngine(tuned, await loadEngine({ image: tuned.embedding, config: {} }));
  }
  if (spec.image !== "use-embedding" && spec.image !== "hash-embedding")
    throw new EngineLoadError(
      `A fine-tuned embedding runs on use-embedding or hash-embedding, not ${spec.image}`,
    );
  return tunedEmbeddingEngine(tuned, await loadEngine({ ...spec, tuned: undefined }));
}
