/**
 * Images the embedded EGP runs in-process (registry "local"). A copy of lib/local-egp's list, which is
 * server code; local-images.test.ts keeps the two equal.
 */
export const LOCAL_REGISTRY = "local";
export const LOCAL_IMAGES = [
  "use-embedding",
  "hash-embedding",
  "hybrid-rerank",
  "bm25-rerank",
  "llama-cpp",
  "openai-compatible",
] as const;
