import "server-only";
import { Conflict, Invalid, NotFound, RuleViolation } from "../domain/errors";
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
import { ReadCache } from "./read-cache";

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

/**
 * The rows an execution reads before it runs, kept while nothing but the logs was written: every
 * execution inserts a usage event, which leaves PGlite's version (db/pglite-client.ts) but moves
 * PostgreSQL's, so there they are read each time.
 */
const targetRows = new ReadCache<{ deployment: DeploymentRow; model: ModelRow }>(() => 1, {
  onPostgres: false,
});

/**
 * A READY deployment and its loaded engine. One still deploying is a Conflict (409: a retry may find it
 * READY); a failed or deleted one is refused for good (400), with the failure's reason.
 */
export async function targetOf(ctx: Ctx, deploymentId: string, modelId?: string): Promise<Target> {
  const { db, caller } = ctx;
  const key = JSON.stringify([caller.accountId, deploymentId, modelId ?? null]);
  const { deployment, model } = await targetRows.get(db, key, 1, async () => {
    const deployment = await getDeploymentRow(db, caller.accountId, deploymentId, modelId);
    return { deployment, model: await getModelRow(db, caller.accountId, deployment.modelInstanceId) };
  });
  if (deployment.status !== "READY") throw notReady(deployment);
  const engine = await ctx.runtime.engineFor(deployment.id, engineVersion(deployment));
  return { model, deployment, engine };
}

const PENDING = new Set(["UPDATE_PENDING", "UPDATE_IN_PROGRESS"]);

function notReady(deployment: DeploymentRow): Conflict | RuleViolation {
  const reason = statusReason(deployment);
  const why = reason ? `: ${reason}` : "";
  if (PENDING.has(deployment.status))
    return new Conflict(`Deployment "${deployment.name}" is ${deployment.status}, not READY yet${why}`);
  if (deployment.status === "UPDATE_FAILED")
    return new RuleViolation(
      `Deployment "${deployment.name}" failed${why}; fix its model or template and redeploy it`,
    );
  return new RuleViolation(`Deployment "${deployment.name}" is ${deployment.status}; it cannot execute`);
}

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
  const starting = rows.find((r) => PENDING.has(r.status));
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
  throw notReady(rows[0]);
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
  throw Invalid.field(
    ["rank_strategy", "params"],
    "The model strategy needs model_deployment_id (or model_id / base_model_name) of a RERANKING model",
  );
}

/** Built-in rerankers that stand in for a cross-encoder, best first (USE cosine + BM25, then BM25). */
const CROSS_ENCODER_STAND_INS = ["hybrid-rerank", "bm25-rerank"];

/** No cross-encoder runs locally: the account's built-in reranker serves the request instead. */
export async function crossEncoderStandIn(ctx: Ctx, crossEncoder: string): Promise<Target> {
  for (const name of CROSS_ENCODER_STAND_INS) {
    const id = await findModelIdByName(ctx.db, ctx.caller.accountId, name);
    const model = id ? await getModelRow(ctx.db, ctx.caller.accountId, id) : null;
    if (model?.builtin && model.modelType === "RERANKING") return targetOfModel(ctx, model.id);
  }
  throw Invalid.field(
    ["rank_strategy", "cross_encoder", "method"],
    `${crossEncoder} does not run in local mode and this account has no built-in reranker to stand in; use {"method": "rouge"}, or {"method": "model"} with the model_deployment_id of a RERANKING deployment`,
  );
}
