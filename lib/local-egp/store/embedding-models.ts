import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../db/open";
import { deployments, models } from "../db/schema";

export type EmbeddingDeployment = {
  deploymentId: string;
  engineImage: string | null;
  modelId: string;
  modelName: string;
  displayName: string | null;
  description: string | undefined;
};

/** The account's READY deployments of EMBEDDING models, newest first. */
export async function readyEmbeddingDeployments(db: Db, accountId: string): Promise<EmbeddingDeployment[]> {
  const rows = await db
    .select({ deployment: deployments, model: models })
    .from(deployments)
    .innerJoin(models, eq(models.id, deployments.modelInstanceId))
    .where(
      and(
        eq(deployments.accountId, accountId),
        eq(deployments.status, "READY"),
        eq(models.modelType, "EMBEDDING"),
      ),
    )
    .orderBy(desc(deployments.createdAt), asc(deployments.id));
  return rows.map(({ deployment, model }) => ({
    deploymentId: deployment.id,
    engineImage: deployment.engineImage,
    modelId: model.id,
    modelName: model.name,
    displayName: model.displayName,
    description: model.body.description,
  }));
}
