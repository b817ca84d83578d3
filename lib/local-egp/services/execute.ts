import "server-only";
import { Conflict, NotFound, RuleViolation } from "../domain/errors";
import type { Engine } from "../engines/types";
import {
  engineVersion,
  getDeploymentRow,
  statusReason,
  modelDeploymentRows,
  type DeploymentRow,
} from "../store/deployments";
import { findModelIdByName, getModelRow, type ModelRow } from "../store/models";
import type { Ctx } from "./context";

/** Where an execution reports its token counts (services/usage.ts records them). */
export type UsageMeter = {
  add(promptTokens: number, responseTokens: number): void;
  /** For a streamed answer: the returned function records it when the stream ends. */
  defer(): (error: boolean) => Promise<void>;
};

/**
 * `signal` is the caller's request signal, so a client that goes away cancels its generation; `meter`
 * collects the execution's token counts.
 */
export type Target = {
  model: ModelRow;
  deployment: DeploymentRow;
  engine: Engine;
  signal?: AbortSignal;
  meter?: UsageMeter;
};

/*
 * Executing needs the member level; the route table declares it for every execute route, so these
 * resolve targets without checking it again.
 */

/** A READY deployment and its loaded engine; anything else is a Conflict saying why. */
export async function targetOf(ctx: Ctx, deploymentId: string, modelId?: string): Promise<Target> {
  const { db, caller } = ctx;
  const deployment = await getDeploymentRow(db, caller.accountId, deploymentId, modelId);
  const model = await getModelRow(db, caller.accountId, deployment.modelInstanceId);
  if (deployment.status !== "READY") {
    const reason = statusReason(deployment);
    throw new Conflict(
      `Deployment "${deployment.name}" is ${deployment.status}, not READY${reason ? `: ${reason}` : ""}; it cannot execute yet`,
    );
  }
  const engine = await ctx.runtime.engineFor(deployment.id, engineVersion(deployment));
  return { model, deployment, engine };
}

const IN_PROGRESS = new Set(["UPDATE_PENDING", "UPDATE_IN_PROGRESS"]);

/**
 * Old-SDK routes name a model: use its first READY deployment. Without one, the answer says why: a
 * deployment still starting is worth waiting for (409); one that failed is not (400, with its reason).
 */
export async function targetOfModel(ctx: Ctx, modelId: string): Promise<Target> {
  const model = await getModelRow(ctx.db, ctx.caller.accountId, modelId);
  const rows = await modelDeploymentRows(ctx.db, model.id);
  const ready = rows.find((r) => r.status === "READY");
  if (ready) return targetOf(ctx, ready.id);
  if (!rows.length) throw new RuleViolation(`Model "${model.name}" has no deployment; create one first`);
  const starting = rows.find((r) => IN_PROGRESS.has(r.status));
  if (starting)
    throw new Conflict(
      `Model "${model.name}" is not READY yet: its deployment "${starting.name}" is ${starting.status}; try again when the model's status is READY`,
    );
  const failed = rows.find((r) => r.status === "UPDATE_FAILED");
  if (failed) {
    const reason = statusReason(failed);
    throw new RuleViolation(
      `Model "${model.name}" cannot execute: its deployment "${failed.name}" failed${reason ? `: ${reason}` : ""}. Fix the model's template or parameters and update the deployment to deploy it again`,
    );
  }
  throw new Conflict(`Model "${model.name}" has no READY deployment: "${rows[0].name}" is ${rows[0].status}`);
}

/** chunks/rank may name a deployment, a model (old SDK's model_id) or a built-in model by name. */
export async function rankTarget(
  ctx: Ctx,
  params: { model_deployment_id?: string | null; model_id?: string | null; base_model_name?: string | null },
): Promise<Target> {
  const { db, caller } = ctx;
  if (params.model_deployment_id) return targetOf(ctx, params.model_deployment_id);
  if (params.model_id) {
    const asDeployment = await getDeploymentRow(db, caller.accountId, params.model_id).catch(() => null);
    return asDeployment ? targetOf(ctx, asDeployment.id) : targetOfModel(ctx, params.model_id);
  }
  if (params.base_model_name) {
    const id = await findModelIdByName(db, caller.accountId, params.base_model_name);
    if (!id) throw new NotFound("Model", params.base_model_name);
    return targetOfModel(ctx, id);
  }
  throw new Conflict("rank_strategy.params needs model_deployment_id (or model_id / base_model_name)");
}
