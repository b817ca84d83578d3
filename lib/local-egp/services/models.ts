import "server-only";
import { actInAccount, inAccount } from "../auth/authenticate";
import type { Page, Paged, SortKey } from "../domain/page";
import { Invalid } from "../domain/errors";
import type { ModelType } from "../schemas/enums";
import type { ModelPatch, ModelRequest } from "../schemas/resources";
import {
  deploymentRowsOfModels,
  modelDeploymentRows,
  toDeployment,
  type DeploymentRow,
} from "../store/deployments";
import { groupRowsByIds, toGroup, type GroupRow } from "../store/groups";
import {
  createModel as insertModel,
  deleteModelRow,
  getModel as viewModel,
  getModelRow,
  listModels as selectModels,
  updateModel as writeModel,
  type Model,
  type ModelFilter,
  type ModelRow,
} from "../store/models";
import { getTemplateRow, storedTemplateVendor } from "../store/templates";
import { setterOf, type Ctx } from "./context";
import { ReadCache } from "./read-cache";
import { createDeployment } from "./deployments";
import { checkModelOutbound } from "./outbound";
import { newParameters, patchedParameters } from "./parameters";
import { assertModelMutable, checkModelReferences } from "./references";

export type ModelView = "Deployments" | "ModelGroup";
export type ModelWithViews = Model & {
  deployments?: ReturnType<typeof toDeployment>[];
  model_group?: ReturnType<typeof toGroup>;
};

/**
 * Adds the requested views to a page of models with one query per view, not one per model; `read`:
 * the groups and deployments the page's own query brought along.
 */
async function withViews(
  ctx: Ctx,
  models: Model[],
  views: readonly ModelView[],
  read?: Map<string, GroupRow>,
  readDeployments?: Map<string, DeploymentRow[]>,
): Promise<ModelWithViews[]> {
  const deployments = !views.includes("Deployments")
    ? null
    : (readDeployments ??
      (await deploymentRowsOfModels(
        ctx.db,
        models.map((m) => m.id),
      )));
  const groupIds = views.includes("ModelGroup")
    ? [...new Set(models.flatMap((m) => (m.model_group_id ? [m.model_group_id] : [])))]
    : [];
  const groups = read ?? (await groupRowsByIds(ctx.db, ctx.caller.accountId, groupIds));
  return models.map((model) => {
    const group = model.model_group_id ? groups.get(model.model_group_id) : undefined;
    return {
      ...model,
      ...(deployments ? { deployments: (deployments.get(model.id) ?? []).map(toDeployment) } : {}),
      ...(group ? { model_group: toGroup(group) } : {}),
    };
  });
}

export async function listModels(
  ctx: Ctx,
  query: ModelFilter & { accountId?: string | null },
  sort: SortKey[],
  page: Page,
  views: readonly ModelView[],
): Promise<Paged<ModelWithViews>> {
  const { accountId, ...filter } = query;
  const account = inAccount(ctx.caller, accountId).accountId;
  // The answer depends on nothing of the caller but the account.
  const key = JSON.stringify([account, filter, sort, page, views]);
  const paged = await pages.get(ctx.db, key, page.limit, async () => {
    // A model's group is in the model's account: the listed one (the kept page depends on it alone).
    const withGroups = views.includes("ModelGroup");
    const withDeployments = views.includes("Deployments");
    const { groups, deployments, ...rows } = await selectModels(
      ctx.db,
      account,
      filter,
      sort,
      page,
      withGroups,
      withDeployments,
    );
    return {
      ...rows,
      items: await withViews(ctx, rows.items, views, withGroups ? groups : undefined, deployments),
    };
  });
  return { ...paged };
}

/** Pages of models as last read, while the database is unchanged (services/read-cache.ts). */
const pages = new ReadCache<Paged<ModelWithViews>>((paged) => paged.items.length);

export async function getModel(ctx: Ctx, id: string, views: readonly ModelView[]): Promise<ModelWithViews> {
  const model = await viewModel(ctx.db, await getModelRow(ctx.db, ctx.caller.accountId, id));
  return (await withViews(ctx, [model], views))[0];
}

/**
 * A model made from a template and sent without a vendor gets its template's: LAUNCH, or LLMENGINE
 * when the template was stored with that older vendor (which its own answers show as LAUNCH).
 */
async function vendorOf(
  ctx: Ctx,
  accountId: string,
  input: ModelRequest,
): Promise<ModelRequest["model_vendor"]> {
  if (input.model_vendor != null || !input.model_template_id) return input.model_vendor;
  return storedTemplateVendor(await getTemplateRow(ctx.db, accountId, input.model_template_id));
}

/**
 * The body's account_id picks the account, so the member level is checked here, in that account.
 * Secrets sent are recorded with the caller as their setter; references and outbound URLs are checked.
 */
export async function createModel(ctx: Ctx, input: ModelRequest): Promise<Model> {
  const auth = actInAccount(ctx.caller, input.account_id, "models:write", "create models");
  const caller = setterOf(auth);
  const written = newParameters(input.model_creation_parameters, caller);
  const body = { ...input, model_creation_parameters: written.params };
  await checkModelReferences(ctx.db, auth.accountId, body);
  body.model_vendor = await vendorOf(ctx, auth.accountId, body);
  await checkModelOutbound(ctx.db, { caller, allowedHosts: ctx.allowedHosts }, null, {
    accountId: auth.accountId,
    templateId: body.model_template_id,
    params: written.params,
    setters: written.setters,
  });
  const row = await insertModel(ctx.db, auth.accountId, auth.user.id, body, {
    secretSetters: written.setters,
  });
  return viewModel(ctx.db, row);
}

/**
 * `POST /v3/models` as the guide-era scale_egp (0.0.0b2x) sends it: `model_type` may be left out (the
 * template's is taken), and a model made from a template with `model_creation_parameters` is deployed
 * at once, with the model's parameters, as the platform of that time did: that SDK has no deployment call.
 */
export async function createModelV3(
  ctx: Ctx,
  input: Omit<ModelRequest, "model_type"> & { model_type?: ModelType | null },
): Promise<Model> {
  const account = inAccount(ctx.caller, input.account_id).accountId;
  let modelType = input.model_type;
  if (!modelType && input.model_template_id) {
    const template = await getTemplateRow(ctx.db, account, input.model_template_id).catch(() => null);
    if (!template)
      throw new Invalid([
        {
          loc: ["body", "model_template_id"],
          msg: `Model template ${input.model_template_id} not found`,
          type: "value_error",
        },
      ]);
    modelType = template.modelType as ModelType;
  }
  if (!modelType)
    throw new Invalid([{ loc: ["body", "model_type"], msg: "Field required", type: "missing" }]);
  const model = await createModel(ctx, { ...input, model_type: modelType });
  if (model.model_template_id && input.model_creation_parameters) {
    // A create that cannot deploy leaves nothing behind: the caller sees why and may send it again.
    await createDeployment(ctx, model.id, { name: model.name, account_id: model.account_id }).catch(
      async (error: unknown) => {
        await deleteModelRow(ctx.db, model.id);
        throw error;
      },
    );
    return getModel(ctx, model.id, []);
  }
  return model;
}

const STATUS_RANK = ["READY", "UPDATE_IN_PROGRESS", "UPDATE_PENDING", "UPDATE_FAILED", "DELETE_IN_PROGRESS"];

/**
 * A model's status as the guide-era SDK polls it: its best deployment's (READY if any is), or
 * NOT_DEPLOYED when it has none.
 */
export function modelStatus(rows: readonly Pick<DeploymentRow, "status">[]): string {
  if (rows.length === 0) return "NOT_DEPLOYED";
  const rank = (status: string) => {
    const i = STATUS_RANK.indexOf(status);
    return i < 0 ? STATUS_RANK.length : i;
  };
  return rows.map((r) => r.status).sort((a, b) => rank(a) - rank(b))[0];
}

/** The vendors the guide-era scale_egp's Model can hold: any other value breaks its parse (and `list()`). */
const GUIDE_ERA_VENDORS = new Set(["OPENAI", "COHERE", "ANTHROPIC", "LAUNCH", "OTHER"]);

/** An LLM Engine model runs on Launch, as that SDK names it; a vendor it does not know is OTHER. */
const guideEraVendor = (vendor: string | null | undefined) =>
  vendor == null || GUIDE_ERA_VENDORS.has(vendor) ? vendor : vendor === "LLMENGINE" ? "LAUNCH" : "OTHER";

/**
 * v3 model bodies carry `status` (extra keys are allowed by the v3 schemas), in one query per page, and
 * only vendors the guide-era SDK knows.
 */
export async function withStatus<M extends Model>(
  ctx: Ctx,
  models: M[],
): Promise<(M & { status: string })[]> {
  const rows = await deploymentRowsOfModels(
    ctx.db,
    models.map((m) => m.id),
  );
  return models.map((m) => ({
    ...m,
    ...(m.model_vendor != null ? { model_vendor: guideEraVendor(m.model_vendor) as M["model_vendor"] } : {}),
    status: modelStatus(rows.get(m.id) ?? []),
  }));
}

/** The model a PATCH or DELETE changes: looked up, and refused when built in, before any body is read. */
export async function modelToChange(ctx: Ctx, id: string): Promise<ModelRow> {
  const row = await getModelRow(ctx.db, ctx.caller.accountId, id);
  assertModelMutable(row);
  return row;
}

/** Parameters: absent keeps them, null clears them, an object replaces them (masks keep stored secrets). */
export async function updateModel(ctx: Ctx, row: ModelRow, input: ModelPatch): Promise<Model> {
  const caller = setterOf(ctx.caller);
  const written = patchedParameters(row, input.model_creation_parameters, caller);
  const patch = input.model_creation_parameters
    ? { ...input, model_creation_parameters: written.params }
    : input;
  const templateId = patch.model_template_id === undefined ? row.modelTemplateId : patch.model_template_id;
  await checkModelReferences(ctx.db, ctx.caller.accountId, {
    model_type: patch.model_type ?? row.modelType,
    model_template_id: templateId,
    model_group_id: patch.model_group_id,
    model_creation_parameters: patch.model_creation_parameters,
  });
  if (patch.model_creation_parameters !== undefined || patch.model_template_id !== undefined) {
    await checkModelOutbound(ctx.db, { caller, allowedHosts: ctx.allowedHosts }, row, {
      accountId: row.accountId,
      templateId,
      params: written.params,
      setters: written.setters,
    });
  }
  const updated = await writeModel(
    ctx.db,
    row,
    patch,
    written.changed ? (written.setters ?? null) : undefined,
  );
  return viewModel(ctx.db, updated);
}

/** Its deployments go first, through the runtime, so their engines are released. */
export async function deleteModel(ctx: Ctx, id: string): Promise<number> {
  const row = await modelToChange(ctx, id);
  for (const deployment of await modelDeploymentRows(ctx.db, row.id)) await ctx.runtime.remove(deployment.id);
  return deleteModelRow(ctx.db, row.id);
}
