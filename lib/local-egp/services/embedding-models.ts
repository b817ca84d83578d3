import "server-only";
import { HASH_DEFAULT_DIMENSIONS } from "../engines/embedding/hash-embedding";
import { USE_DIMENSIONS } from "../engines/embedding/use-model";
import { readyEmbeddingDeployments } from "../store/embedding-models";
import type { Ctx } from "./context";

/** Built-in deployments run their image with no settings, so their vector size is known up front. */
const BUILTIN_DIMENSIONS: Record<string, number> = {
  "use-embedding": USE_DIMENSIONS,
  "hash-embedding": HASH_DEFAULT_DIMENSIONS,
};

export type KnowledgeBaseEmbeddingModel = {
  model_name: string;
  model_configuration: { type: "models_api"; model_deployment_id: string };
  model_instance_id: string;
  model_instance_description?: string;
};

/**
 * What a knowledge base could embed with here: the account's EMBEDDING models with a READY deployment
 * (the most recent one per model, as Scale ranks duplicates). None is one of the spec's named base
 * models, so each is a "models_api" configuration pointing at its deployment. The item has no field
 * for the vector size; the description states it where it is known.
 */
export async function listEmbeddingModels(ctx: Ctx): Promise<{ items: KnowledgeBaseEmbeddingModel[] }> {
  const seen = new Set<string>();
  const items: KnowledgeBaseEmbeddingModel[] = [];
  for (const d of await readyEmbeddingDeployments(ctx.db, ctx.caller.accountId)) {
    if (seen.has(d.modelId)) continue;
    seen.add(d.modelId);
    const dimensions = d.engineImage ? BUILTIN_DIMENSIONS[d.engineImage] : undefined;
    const parts = [d.displayName, d.description, dimensions && `${dimensions}-dimensional vectors`];
    const description = parts.filter(Boolean).join(". ");
    items.push({
      model_name: d.modelName,
      model_configuration: { type: "models_api", model_deployment_id: d.deploymentId },
      model_instance_id: d.modelId,
      ...(description ? { model_instance_description: description } : {}),
    });
  }
  return { items };
}
