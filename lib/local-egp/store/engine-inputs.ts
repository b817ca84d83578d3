import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db/open";
import { deployments, modelTemplates, models } from "../db/schema";
import { templateConfiguration } from "./templates";

/** Everything the runtime needs to build an EngineSpec for one deployment, across accounts. */
export async function engineInputs(db: Db, deploymentId: string) {
  const rows = await db
    .select({ deployment: deployments, model: models, template: modelTemplates })
    .from(deployments)
    .innerJoin(models, eq(models.id, deployments.modelInstanceId))
    .leftJoin(modelTemplates, eq(modelTemplates.id, models.modelTemplateId))
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
  };
}
