import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/open";
import { models } from "../db/schema";
import type { EngineSpec } from "../engines/types";
import { createDeployment, modelDeploymentRows, setStatus } from "../store/deployments";
import { saveTunedWeights, type JobRow } from "../store/fine-tuning-jobs";
import { createGroup } from "../store/groups";
import { createModel, findModelIdByName, getModelRow, updateModel, type ModelRow } from "../store/models";
import type { ModelRequest } from "../schemas/resources";
import type { TunedWeights } from "../training/weights";

/**
 * The group the iterations of a base model live in: the base's own, else the one an earlier fine-tune
 * of it was put in, else a new one (the base joins it; built-in models may be grouped too).
 */
async function iterationsGroup(db: Db, job: JobRow, base: ModelRow): Promise<string> {
  if (base.modelGroupId) return base.modelGroupId;
  const [tuned] = await db
    .select({ groupId: models.modelGroupId })
    .from(models)
    .where(
      and(
        eq(models.accountId, base.accountId),
        isNotNull(models.modelGroupId),
        sql`${models.body}->>'base_model_id' = ${base.id}`,
      ),
    )
    .limit(1);
  const previous = tuned?.groupId;
  if (previous) return previous;
  const group = await createGroup(db, base.accountId, job.createdByUserId, {
    name: `${base.displayName ?? base.name} fine-tunes`,
    description: `${base.name} and the models fine-tuned from it`,
  });
  await updateModel(db, base, { model_group_id: group.id });
  return group.id;
}

async function freeName(db: Db, accountId: string, wanted: string): Promise<string> {
  let name = wanted.slice(0, 240);
  for (let n = 2; await findModelIdByName(db, accountId, name); n++) name = `${wanted.slice(0, 240)}-${n}`;
  return name;
}

/**
 * Stores what a job learned as a model: the job's `fine_tuned_model_id` when it named one, else a new
 * model beside the base (same type, `base_model_id` the base), in the base's group, with a READY
 * deployment whose engine applies the weights. Existing deployments of a named model are marked READY
 * again, so every console reloads their engine with the weights.
 */
export async function publishTunedModel(
  db: Db,
  input: {
    job: JobRow;
    base: ModelRow;
    baseSpec: EngineSpec;
    weights: TunedWeights;
    description: string;
    trainingDataCard: string;
  },
): Promise<{ model: ModelRow; deploymentIds: string[] }> {
  const { job, base, baseSpec } = input;
  const groupId = await iterationsGroup(db, job, base);
  let model: ModelRow;
  if (job.fineTunedModelId) {
    model = await getModelRow(db, job.accountId, job.fineTunedModelId);
    model = await updateModel(db, model, {
      description: input.description,
      training_data_card: input.trainingDataCard,
      ...(model.modelGroupId ? {} : { model_group_id: groupId }),
    });
  } else {
    const suffix = String(job.body.vendor_configuration?.suffix ?? "") || `ft-${job.id.slice(0, 8)}`;
    model = await createModel(db, job.accountId, job.createdByUserId, {
      name: await freeName(db, job.accountId, `${base.name}-${suffix}`),
      display_name: `${base.displayName ?? base.name} (${suffix})`,
      model_type: base.modelType as ModelRequest["model_type"],
      model_vendor: "OTHER",
      base_model_id: base.id,
      base_model_metadata: { model_developer: "local", ui_model_section_type: "CUSTOM" },
      description: input.description,
      training_data_card: input.trainingDataCard,
      model_group_id: groupId,
    });
  }
  await saveTunedWeights(db, model.id, input.weights);
  const existing = await modelDeploymentRows(db, model.id);
  for (const d of existing) await setStatus(db, d.id, "READY", undefined, { release: true });
  if (existing.length > 0) return { model, deploymentIds: existing.map((d) => d.id) };
  const deployment = await createDeployment(db, {
    accountId: job.accountId,
    userId: job.createdByUserId,
    modelId: model.id,
    req: { name: model.name },
    status: "READY",
    // The base's engine image: the tuned weights ride on it (engines/tuned).
    engineImage: baseSpec.image,
  });
  return { model, deploymentIds: [deployment.id] };
}
