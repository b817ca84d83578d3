import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/open";
import { deployments, modelTemplates, models, tunedWeights } from "../db/schema";
import { templateConfiguration } from "./templates";

/** Everything the runtime needs to build an EngineSpec for one deployment, across accounts. */
export async function engineInputs(db: Db, deploymentId: string) {
  const rows = await db
    .select({ deployment: deployments, model: models, template: modelTemplates, tuned: tunedWeights })
    .from(deployments)
    .innerJoin(models, eq(models.id, deployments.modelInstanceId))
    .leftJoin(modelTemplates, eq(modelTemplates.id, models.modelTemplateId))
    .leftJoin(tunedWeights, eq(tunedWeights.modelId, models.id))
    .where(eq(deployments.id, deploymentId))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    modelType: row.model.modelType,
    engineImage: row.deployment.engineImage,
    vendorConfiguration: templateConfiguration(row.template) ?? null,
    modelParameters: row.model.body.model_creation_parameters,
    deploymentParameters: row.deployment.body.model_creation_parameters ?? undefined,
    tuned: row.tuned?.weights,
  };
}

/**
 * The same for a model, as its oldest deployment runs it (or its template alone when it has none):
 * what a fine-tuning job reads the base model's engine from.
 */
export async function modelEngineInputs(db: Db, modelId: string) {
  const [deployment] = await db
    .select({ id: deployments.id })
    .from(deployments)
    .where(eq(deployments.modelInstanceId, modelId))
    .orderBy(asc(deployments.createdAt))
    .limit(1);
  if (deployment) return engineInputs(db, deployment.id);
  const rows = await db
    .select({ model: models, template: modelTemplates, tuned: tunedWeights })
    .from(models)
    .leftJoin(modelTemplates, eq(modelTemplates.id, models.modelTemplateId))
    .leftJoin(tunedWeights, eq(tunedWeights.modelId, models.id))
    .where(eq(models.id, modelId))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    modelType: row.model.modelType,
    engineImage: null,
    vendorConfiguration: templateConfiguration(row.template) ?? null,
    modelParameters: row.model.body.model_creation_parameters,
    deploymentParameters: undefined,
    tuned: row.tuned?.weights,
  };
}
