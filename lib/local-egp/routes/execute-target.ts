import "server-only";
import type { AuthContext } from "../auth/authenticate";
import { requireAction } from "../auth/roles";
import type { Engine } from "../engines/types";
import { conflict, notFound } from "../http/errors";
import {
  engineVersion,
  getDeploymentRow,
  modelDeploymentRows,
  type DeploymentRow,
} from "../store/deployments";
import { findModelIdByName, getModelRow, type ModelRow } from "../store/models";
import type { Services } from "./services";

/** `signal` is the caller's request signal, so a client that goes away cancels its generation. */
export type Target = { model: ModelRow; deployment: DeploymentRow; engine: Engine; signal?: AbortSignal };

/** A READY deployment and its loaded engine; anything else is a 409 saying why. */
export async function targetOf(
  s: Services,
  auth: AuthContext,
  deploymentId: string,
  modelId?: string,
): Promise<Target> {
  requireAction(auth.role, "models:execute", "execute models");
  const deployment = await getDeploymentRow(s.db, auth.accountId, deploymentId, modelId);
  const model = await getModelRow(s.db, auth.accountId, deployment.modelInstanceId);
  if (deployment.status !== "READY") {
    const reason = (deployment.body.deployment_metadata as { status_reason?: string } | undefined)
      ?.status_reason;
    throw conflict(
      `Deployment "${deployment.name}" is ${deployment.status}, not READY${reason ? `: ${reason}` : ""}; it cannot execute yet`,
    );
  }
  const engine = await s.runtime.engineFor(deployment.id, engineVersion(deployment));
  return { model, deployment, engine };
}

/** Old-SDK routes name a model: use its first READY deployment. */
export async function targetOfModel(s: Services, auth: AuthContext, modelId: string): Promise<Target> {
  const model = await getModelRow(s.db, auth.accountId, modelId);
  const rows = await modelDeploymentRows(s.db, model.id);
  const ready = rows.find((r) => r.status === "READY");
  if (!ready) {
    throw conflict(
      rows.length
        ? `Model "${model.name}" has no READY deployment yet`
        : `Model "${model.name}" has no deployment; create one first`,
    );
  }
  return targetOf(s, auth, ready.id);
}

/** chunks/rank may name a deployment, a model (old SDK's model_id) or a built-in model by name. */
export async function rankTarget(
  s: Services,
  auth: AuthContext,
  params: { model_deployment_id?: string | null; model_id?: string | null; base_model_name?: string | null },
): Promise<Target> {
  if (params.model_deployment_id) return targetOf(s, auth, params.model_deployment_id);
  if (params.model_id) {
    const asDeployment = await getDeploymentRow(s.db, auth.accountId, params.model_id).catch(() => null);
    return asDeployment ? targetOf(s, auth, asDeployment.id) : targetOfModel(s, auth, params.model_id);
  }
  if (params.base_model_name) {
    const id = await findModelIdByName(s.db, auth.accountId, params.base_model_name);
    if (!id) throw notFound("Model", params.base_model_name);
    return targetOfModel(s, auth, id);
  }
  throw conflict("rank_strategy.params needs model_deployment_id (or model_id / base_model_name)");
}
