import "server-only";
import type { InferenceModelBody, Parameters } from "../db/bodies";
import { readable } from "../db/stored-json";
import { Invalid } from "../domain/errors";
import { LOCAL_IMAGES, LOCAL_REGISTRY } from "../engines/types";
import { zodIssuesToDetail } from "../http/validation";
import type { z } from "zod";
import { CONTAINER_REASON, isLocalImage } from "../runtime/engine-spec";
import {
  PartialLaunchVendorConfigurationSchema,
  PartialLlmEngineVendorConfigurationSchema,
  type InferenceModelCreate,
  type InferenceModelPatch,
  type LaunchVendorConfiguration,
} from "../schemas/inference-models";
import {
  deleteInferenceModelRow,
  findInferenceModelByName,
  getInferenceModelRow,
  insertInferenceModel,
  listInferenceModels,
  swapInferenceModelNames,
  toInferenceModel,
  updateInferenceModel,
  type InferenceModel,
  type InferenceModelFields,
  type InferenceModelRow,
} from "../store/inference-models";
import { compact } from "../store/list";
import type { Ctx } from "./context";

/** The runtime's field in `model_metadata`: why a model cannot run here. A client cannot write it. */
const STATUS_REASON = "status_reason";

const LLMENGINE_REASON = `LLM Engine models cannot run in local mode; create a "launch" model whose model_image has registry "${LOCAL_REGISTRY}" and a local engine as repository (${LOCAL_IMAGES.join(", ")}), or point the console at a Scale GP API with EGP_API_URL`;

/** Whether the local server can run a model's configuration: a local engine image is ready at once. */
function statusOf(vendor: string, config: Parameters): { status: string; reason?: string } {
  if (vendor !== "launch") return { status: "failed", reason: LLMENGINE_REASON };
  const image = (config as LaunchVendorConfiguration).model_image;
  if (image.registry !== LOCAL_REGISTRY)
    return {
      status: "failed",
      reason: `Image ${image.registry}/${image.repository}:${image.tag}: ${CONTAINER_REASON}`,
    };
  if (!isLocalImage(image.repository))
    return {
      status: "failed",
      reason: `Unknown local engine "${image.repository}"; available: ${LOCAL_IMAGES.join(", ")}`,
    };
  return { status: "ready" };
}

function withoutReason(metadata: Parameters | null | undefined): Parameters | undefined {
  if (!metadata) return undefined;
  const { [STATUS_REASON]: _runtime, ...rest } = metadata;
  return rest;
}

function fields(
  name: string,
  modelType: string,
  vendor: string,
  config: Parameters,
  metadata: Parameters | undefined,
): InferenceModelFields {
  const { status, reason } = statusOf(vendor, config);
  const body: InferenceModelBody = {
    vendor_configuration: config,
    ...compact({ model_metadata: metadata, status_reason: reason }),
  };
  return { name, modelType, modelVendor: vendor, status, body };
}

/** The answer: a failed model's reason is stated in its metadata, beside the caller's own keys. */
function answer(row: InferenceModelRow): InferenceModel {
  const model = toInferenceModel(row);
  const reason = row.body.status_reason;
  if (!reason) return model;
  return { ...model, model_metadata: { ...readable(row.body.model_metadata), [STATUS_REASON]: reason } };
}

export async function listV5Models(
  ctx: Ctx,
  query: {
    name?: string;
    modelVendor?: string;
    limit: number;
    startingAfter?: string;
    endingBefore?: string;
  },
) {
  const account = ctx.caller.accountId;
  const cursor = async (id: string | undefined, param: string) => {
    if (!id) return undefined;
    try {
      return await getInferenceModelRow(ctx.db, account, id);
    } catch {
      throw new Invalid([{ loc: ["query", param], msg: `No model with id ${id}`, type: "value_error" }]);
    }
  };
  const page = {
    limit: query.limit,
    startingAfter: await cursor(query.startingAfter, "starting_after"),
    endingBefore: await cursor(query.endingBefore, "ending_before"),
  };
  const result = await listInferenceModels(ctx.db, account, query, page);
  return {
    object: "list" as const,
    items: result.items.map(answer),
    total: result.total,
    has_more: result.hasMore,
    limit: query.limit,
  };
}

export async function getV5Model(ctx: Ctx, id: string): Promise<InferenceModel> {
  return answer(await getInferenceModelRow(ctx.db, ctx.caller.accountId, id));
}

/** `on_conflict: "update"` turns a create of a taken name into an update of that model. */
export async function createV5Model(ctx: Ctx, input: InferenceModelCreate): Promise<InferenceModel> {
  const account = ctx.caller.accountId;
  const next = fields(
    input.name,
    input.model_type,
    input.model_vendor,
    input.vendor_configuration as Parameters,
    withoutReason(input.model_metadata),
  );
  if (input.on_conflict === "update") {
    const existing = await findInferenceModelByName(ctx.db, account, input.name);
    if (existing) {
      const metadata =
        input.model_metadata === undefined ? existing.body.model_metadata : next.body.model_metadata;
      const body = { ...next.body, ...compact({ model_metadata: metadata }) };
      return answer(await updateInferenceModel(ctx.db, existing.id, { ...next, body }));
    }
  }
  return answer(await insertInferenceModel(ctx.db, account, ctx.caller.user.id, next));
}

/** Parses a part of the body, its issues placed at `loc` as FastAPI would place them. */
function parseAt<S extends z.ZodType>(schema: S, input: unknown, loc: (string | number)[]): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = zodIssuesToDetail(result.error, input);
  throw new Invalid(issues.map((issue) => ({ ...issue, loc: [...loc, ...issue.loc.slice(1)] })));
}

/** The partial configuration of the model's own vendor, over the stored one. */
function patchedConfiguration(row: InferenceModelRow, patch: unknown): Parameters {
  const current = (readable(row.body.vendor_configuration) ?? {}) as Parameters;
  const loc = ["body", "vendor_configuration"];
  if (row.modelVendor === "launch") {
    const p = parseAt(PartialLaunchVendorConfigurationSchema, patch, loc);
    const merge = (key: "model_image" | "model_infra") => ({
      ...(current[key] as Parameters),
      ...compact((p[key] ?? {}) as Parameters),
    });
    return { model_image: merge("model_image"), model_infra: merge("model_infra") };
  }
  return {
    ...current,
    ...compact(parseAt(PartialLlmEngineVendorConfigurationSchema, patch, loc) as Parameters),
  };
}

export async function updateV5Model(
  ctx: Ctx,
  id: string,
  patch: InferenceModelPatch,
): Promise<InferenceModel> {
  let row = await getInferenceModelRow(ctx.db, ctx.caller.accountId, id);
  if (patch.vendor_configuration !== undefined && patch.vendor_configuration !== null) {
    const config = patchedConfiguration(row, patch.vendor_configuration);
    const next = fields(row.name, row.modelType, row.modelVendor, config, readable(row.body.model_metadata));
    row = await updateInferenceModel(ctx.db, row.id, next);
  }
  if (patch.model_metadata !== undefined) {
    const metadata = withoutReason(patch.model_metadata);
    const { model_metadata: _old, ...rest } = row.body;
    row = await updateInferenceModel(ctx.db, row.id, {
      body: { ...rest, ...compact({ model_metadata: metadata }) },
    });
  }
  if (patch.name !== undefined && patch.name !== row.name) {
    const holder = await findInferenceModelByName(ctx.db, ctx.caller.accountId, patch.name);
    if (holder && patch.on_conflict === "swap") row = await swapInferenceModelNames(ctx.db, row, holder);
    else row = await updateInferenceModel(ctx.db, row.id, { name: patch.name });
  }
  return answer(row);
}

export async function deleteV5Model(ctx: Ctx, id: string) {
  const row = await getInferenceModelRow(ctx.db, ctx.caller.accountId, id);
  await deleteInferenceModelRow(ctx.db, row.id);
  return { id: row.id, object: "model" as const, deleted: true };
}
