import "server-only";
import { actInAccount, inAccount } from "../auth/authenticate";
import { Forbidden, Invalid } from "../domain/errors";
import type { Page, Paged, SortKey } from "../domain/page";
import type { DeploymentPatch, DeploymentRequest } from "../schemas/resources";
import {
  createDeployment as insertDeployment,
  getDeploymentRow,
  listDeployments as selectDeployments,
  setStatus,
  toDeployment,
  updateDeployment as writeDeployment,
  type Deployment,
  type DeploymentFilter,
  type DeploymentRow,
} from "../store/deployments";
import { getModelRow, type ModelRow } from "../store/models";
import { getTemplateRow } from "../store/templates";
import { setterOf, type Ctx } from "./context";
import { checkDeploymentOutbound } from "./outbound";
import { deploymentParameterIssues, newParameters, patchedParameters } from "./parameters";
import { assertDeploymentMutable, assertModelMutable } from "./references";

/** Model parameters are the base, deployment parameters override; required ones must be set by either. */
async function checkParameters(ctx: Ctx, model: ModelRow, own: Record<string, unknown> | null | undefined) {
  if (!model.modelTemplateId) return;
  const template = await getTemplateRow(ctx.db, model.accountId, model.modelTemplateId);
  const issues = deploymentParameterIssues(template, model, own);
  if (issues.length) throw new Invalid(issues);
}

/**
 * New parameters mean a new engine. Compared as stored (JSON), so an unchanged PATCH (the masks sent
 * back, say) keeps the running engine.
 */
export function needsRedeploy(stored: unknown, next: unknown): boolean {
  return next !== undefined && JSON.stringify(next) !== JSON.stringify(stored);
}

export async function listDeployments(
  ctx: Ctx,
  query: DeploymentFilter & { accountId?: string | null },
  sort: SortKey[],
  page: Page,
): Promise<Paged<Deployment>> {
  const { accountId, ...filter } = query;
  const account = inAccount(ctx.caller, accountId).accountId;
  if (filter.modelId) await getModelRow(ctx.db, account, filter.modelId);
  return selectDeployments(ctx.db, account, filter, sort, page);
}

export async function getDeployment(ctx: Ctx, id: string, modelId?: string): Promise<Deployment> {
  return toDeployment(await getDeploymentRow(ctx.db, ctx.caller.accountId, id, modelId));
}

/** The body's account_id picks the account, so the member level is checked here, in that account. */
export async function createDeployment(
  ctx: Ctx,
  modelId: string,
  input: DeploymentRequest,
): Promise<Deployment> {
  const auth = actInAccount(ctx.caller, input.account_id, "deployments:write", "create deployments");
  const model = await getModelRow(ctx.db, auth.accountId, modelId);
  if (model.builtin)
    throw new Forbidden(
      "Built-in models get their deployments automatically; create your own model to deploy",
    );
  const caller = setterOf(auth);
  const written = newParameters(input.model_creation_parameters, caller);
  const req = { ...input, model_creation_parameters: written.params };
  await checkParameters(ctx, model, req.model_creation_parameters);
  await checkDeploymentOutbound(ctx.db, { caller, allowedHosts: ctx.allowedHosts }, model, null, written);
  const claim = ctx.runtime.newClaim();
  const row = await insertDeployment(ctx.db, {
    accountId: auth.accountId,
    userId: auth.user.id,
    modelId: model.id,
    req,
    status: "UPDATE_PENDING",
    secretSetters: written.setters,
    claim,
  });
  ctx.runtime.deploy(row.id, { token: claim.claimToken });
  return toDeployment(row);
}

/** The deployment a PATCH or DELETE changes: refused when built in or being deleted, before any body is read. */
export async function deploymentToChange(ctx: Ctx, id: string, modelId?: string): Promise<DeploymentRow> {
  const row = await getDeploymentRow(ctx.db, ctx.caller.accountId, id, modelId);
  assertDeploymentMutable(row);
  return row;
}

/** Parameters: absent keeps them, null clears them, an object replaces them; a change redeploys. */
export async function updateDeployment(
  ctx: Ctx,
  row: DeploymentRow,
  input: DeploymentPatch,
): Promise<Deployment> {
  const stored = row.body.model_creation_parameters;
  const caller = setterOf(ctx.caller);
  const written = patchedParameters(row, input.model_creation_parameters, caller);
  const patch = { ...input };
  if (written.changed) {
    const model = await getModelRow(ctx.db, row.accountId, row.modelInstanceId);
    patch.model_creation_parameters = written.params ?? null;
    if (written.params) await checkParameters(ctx, model, written.params);
    await checkDeploymentOutbound(ctx.db, { caller, allowedHosts: ctx.allowedHosts }, model, row, written);
  }
  let updated = await writeDeployment(ctx.db, row, patch, written.setters);
  if (needsRedeploy(stored, patch.model_creation_parameters)) {
    // A new claim supersedes a job still running (here or on another console): that one can no
    // longer write its outcome.
    const claim = ctx.runtime.newClaim();
    updated = (await setStatus(ctx.db, row.id, "UPDATE_PENDING", undefined, { assign: claim })) ?? updated;
    ctx.runtime.deploy(row.id, { token: claim.claimToken });
  }
  return toDeployment(updated);
}

export async function deleteDeployment(ctx: Ctx, id: string, modelId?: string): Promise<number> {
  const row = await deploymentToChange(ctx, id, modelId);
  assertModelMutable(await getModelRow(ctx.db, row.accountId, row.modelInstanceId));
  return ctx.runtime.remove(row.id);
}
