import "server-only";
import { TEXT_LIMITS } from "@/lib/limits";
import { actInAccount, inAccount } from "../auth/authenticate";
import { Conflict, Invalid, RuleViolation } from "../domain/errors";
import type { Page, Paged } from "../domain/page";
import { EngineLoadError } from "../engines/types";
import { parseValue } from "../http/validation";
import { resolveEngineSpec } from "../runtime/engine-spec";
import {
  EmbeddingHyperparametersSchema,
  RerankHyperparametersSchema,
  SchemaTypeSchema,
  type FineTuningJobRequest,
} from "../schemas/fine-tuning";
import { modelEngineInputs } from "../store/engine-inputs";
import {
  deleteJobRow,
  getJobRow,
  insertJob,
  jobEvents,
  listJobs as selectJobs,
  OPEN_STATUSES,
  openJobsOfDataset,
  toJob,
  updateJob,
  type Job,
  type JobEvent,
  type JobStatus,
} from "../store/fine-tuning-jobs";
import { getModelRow } from "../store/models";
import {
  datasetRows,
  deleteDatasetRow,
  getDatasetRow,
  insertDataset,
  listDatasets as selectDatasets,
  toDataset,
  type Dataset,
} from "../store/training-datasets";
import { datasetFormat, parseDataset } from "../training/datasets";
import { EMBEDDING_DEFAULTS } from "../training/embedding-trainer";
import { RERANK_DEFAULTS } from "../training/rerank-trainer";
import type { Ctx } from "./context";

/** Model types trained here, with the dataset schema each reads and the engines it runs over. */
const LOCAL_TRAINING = {
  RERANKING: { schemaType: "RERANKING_QUESTIONS", images: ["hybrid-rerank", "bm25-rerank"] },
  EMBEDDING: { schemaType: "GENERATION", images: ["use-embedding", "hash-embedding"] },
} as const;

export const REMOTE_ONLY =
  "trains on Scale GP (LLM Engine), which local mode does not run: point the console at a Scale GP API " +
  "(EGP_API_URL) to fine-tune it there; local mode fine-tunes RERANKING and EMBEDDING models";

// Datasets

export type DatasetUpload = {
  accountId: string | null;
  name: string | null;
  schemaType: string | null;
  file: { filename: string; mimeType: string; content: Uint8Array } | null;
};

/** Checks the whole file first: a bad row refuses the upload with every row's problem, and stores nothing. */
export async function uploadDataset(ctx: Ctx, upload: DatasetUpload): Promise<Dataset> {
  const missing = (["accountId", "name", "schemaType", "file"] as const)
    .filter((k) => upload[k] === null)
    .map((k) => ({
      loc: ["body", { accountId: "account_id", name: "name", schemaType: "schema_type", file: "file" }[k]],
      msg: "Field required",
      type: "missing",
    }));
  if (missing.length > 0) throw new Invalid(missing);
  const auth = actInAccount(ctx.caller, upload.accountId, "models:write", "upload training datasets");
  const schemaType = parseValue(upload.schemaType, SchemaTypeSchema, "body");
  const name = upload.name!.trim();
  if (name === "" || name.length > TEXT_LIMITS.name || name.includes("\0"))
    throw Invalid.field(
      "name",
      `Names are 1 to ${TEXT_LIMITS.name} characters, without NUL`,
      "string_too_long",
    );
  const file = upload.file!;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.content);
  } catch {
    throw Invalid.field("file", "The file is not UTF-8 text; upload JSONL or CSV", "value_error");
  }
  const parsed = parseDataset(schemaType, datasetFormat(file.filename, file.mimeType, text), text);
  if ("issues" in parsed) throw new Invalid(parsed.issues);
  const row = await insertDataset(ctx.db, {
    accountId: auth.accountId,
    createdByUserId: auth.user.id,
    name,
    schemaType,
    filename: file.filename.slice(0, TEXT_LIMITS.name),
    rowCount: parsed.rows.length,
    rows: parsed.rows,
  });
  return toDataset(row);
}

export function listDatasets(ctx: Ctx, accountId: string | null, page: Page): Promise<Paged<Dataset>> {
  return selectDatasets(ctx.db, inAccount(ctx.caller, accountId).accountId, page);
}

export const getDataset = async (ctx: Ctx, id: string) =>
  toDataset(await getDatasetRow(ctx.db, ctx.caller.accountId, id));

/**
 * The rows as the spec's TrainingDatasetGenerationItem: `input`/`output` (+ `negative`) for GENERATION;
 * for RERANKING_QUESTIONS `input` is the query, `output` the chunk, and `relevance` is added.
 */
export async function datasetContents(ctx: Ctx, id: string) {
  const { rows, schemaType } = await datasetRows(ctx.db, ctx.caller.accountId, id);
  if (schemaType === "RERANKING_QUESTIONS")
    return rows.map((r) => ({
      input: String(r.query),
      output: String(r.chunk),
      relevance: Number(r.relevance),
    }));
  return rows.map((r) => ({
    schema_type: "GENERATION" as const,
    input: String(r.input),
    output: String(r.output),
    ...(r.negative !== undefined ? { negative: String(r.negative) } : {}),
  }));
}

export async function deleteDataset(ctx: Ctx, id: string): Promise<number> {
  const row = await getDatasetRow(ctx.db, ctx.caller.accountId, id);
  const open = await openJobsOfDataset(ctx.db, row.id);
  if (open > 0)
    throw new Conflict(
      `Training dataset ${id} is in use by ${open} running fine-tuning job(s); cancel them first`,
    );
  return deleteDatasetRow(ctx.db, row.id);
}

// Jobs

async function checkedDataset(ctx: Ctx, accountId: string, id: string, field: string, schemaType: string) {
  const dataset = await getDatasetRow(ctx.db, accountId, id);
  if (dataset.schemaType !== schemaType)
    throw Invalid.field(
      field,
      `Dataset ${id} is ${dataset.schemaType}; this model type trains on ${schemaType} datasets`,
    );
  return dataset;
}

/**
 * Creates a job PENDING with this console's claim and starts it. Refused, with the reason, before
 * anything is stored: generative types (they train on Scale GP), bases whose engine cannot be trained
 * here, datasets of the wrong schema, unknown hyperparameters.
 */
export async function createJob(ctx: Ctx, input: FineTuningJobRequest): Promise<Job> {
  const auth = actInAccount(ctx.caller, input.account_id, "models:write", "create fine-tuning jobs");
  const vendor = input.vendor_configuration?.vendor ?? "LAUNCH";
  if (vendor !== "LAUNCH") throw new RuleViolation(`A ${vendor} fine-tuning job ${REMOTE_ONLY}`);
  if (!input.base_model_id)
    throw new RuleViolation(
      "base_model_id is needed: a local job fine-tunes a copy of a model of this account",
    );
  const base = await getModelRow(ctx.db, auth.accountId, input.base_model_id);
  const local = LOCAL_TRAINING[base.modelType as keyof typeof LOCAL_TRAINING];
  if (!local)
    throw new RuleViolation(`Model ${base.name} is a ${base.modelType} model, which ${REMOTE_ONLY}`);
  let image: string;
  try {
    const inputs = await modelEngineInputs(ctx.db, base.id);
    image = resolveEngineSpec(inputs!).image;
  } catch (error) {
    if (error instanceof EngineLoadError)
      throw new RuleViolation(`Model ${base.name} cannot be fine-tuned here: ${error.message}`);
    throw error;
  }
  if (!(local.images as readonly string[]).includes(image))
    throw new RuleViolation(
      `Model ${base.name} runs on ${image}; local ${base.modelType} fine-tuning trains over ${local.images.join(" or ")}`,
    );
  const schema =
    base.modelType === "RERANKING" ? RerankHyperparametersSchema : EmbeddingHyperparametersSchema;
  const hyper = parseValue(input.vendor_configuration?.hyperparameters ?? {}, schema, "body");
  const defaults = base.modelType === "RERANKING" ? RERANK_DEFAULTS : EMBEDDING_DEFAULTS;
  const settings = { ...defaults, ...hyper };
  const training = await checkedDataset(
    ctx,
    auth.accountId,
    input.training_dataset_id,
    "training_dataset_id",
    local.schemaType,
  );
  if (input.validation_dataset_id)
    await checkedDataset(
      ctx,
      auth.accountId,
      input.validation_dataset_id,
      "validation_dataset_id",
      local.schemaType,
    );
  if (base.modelType === "RERANKING") {
    const { rows } = await datasetRows(ctx.db, auth.accountId, training.id);
    const queries = new Set(rows.map((r) => r.query)).size;
    if (queries < (input.validation_dataset_id ? 1 : 2))
      throw Invalid.field(
        "training_dataset_id",
        `Dataset ${training.id} has ${queries} query; a job needs at least 2 (one to validate on)`,
      );
  } else if (training.rowCount < (input.validation_dataset_id ? 1 : 2)) {
    throw Invalid.field(
      "training_dataset_id",
      `Dataset ${training.id} has ${training.rowCount} pair; a job needs at least 2`,
    );
  }
  if (input.fine_tuned_model_id) {
    const target = await getModelRow(ctx.db, auth.accountId, input.fine_tuned_model_id);
    if (target.builtin)
      throw new RuleViolation(
        `Model ${target.name} is built in; name a model of your own, or leave fine_tuned_model_id out`,
      );
    if (target.modelType !== base.modelType)
      throw Invalid.field(
        "fine_tuned_model_id",
        `Model ${target.name} is ${target.modelType}; the base is ${base.modelType}`,
      );
  }
  const claim = ctx.training.newClaim();
  const row = await insertJob(ctx.db, {
    accountId: auth.accountId,
    createdByUserId: auth.user.id,
    baseModelId: base.id,
    fineTunedModelId: input.fine_tuned_model_id ?? null,
    trainingDatasetId: training.id,
    validationDatasetId: input.validation_dataset_id ?? null,
    body: {
      ...(input.vendor_configuration
        ? { vendor_configuration: compactObject(input.vendor_configuration) }
        : {}),
      settings,
    },
    ...claim,
  });
  await ctx.training.event(
    row.id,
    "info",
    `Status PENDING: fine-tuning ${base.name} (${base.modelType}) on ${training.name}, ${training.rowCount} rows`,
  );
  ctx.training.start(row.id, { token: claim.claimToken });
  return toJob(row);
}

const compactObject = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));

export function listJobs(ctx: Ctx, accountId: string | null, page: Page): Promise<Paged<Job>> {
  return selectJobs(ctx.db, inAccount(ctx.caller, accountId).accountId, page);
}

export const getJob = async (ctx: Ctx, id: string) =>
  toJob(await getJobRow(ctx.db, ctx.caller.accountId, id));

export async function listEvents(ctx: Ctx, id: string): Promise<JobEvent[]> {
  const row = await getJobRow(ctx.db, ctx.caller.accountId, id);
  return jobEvents(ctx.db, row.id);
}

/**
 * DELETE: an open job (PENDING, RUNNING) is canceled and kept, with its events; a finished one is
 * removed (its tuned model stays). Answers the spec's DeleteResponse either way.
 */
export async function deleteJob(ctx: Ctx, id: string): Promise<{ success: boolean; count: number }> {
  const row = await getJobRow(ctx.db, ctx.caller.accountId, id);
  if ((OPEN_STATUSES as string[]).includes(row.status)) {
    const canceled = await updateJob(ctx.db, row.id, null, {
      status: "CANCELED" satisfies JobStatus,
      body: { ...row.body, reason: `Canceled by ${ctx.caller.user.email}` },
      release: true,
    });
    if (canceled) {
      ctx.training.cancel(row.id);
      await ctx.training.event(row.id, "warning", `Status CANCELED: canceled by ${ctx.caller.user.email}`);
      return { success: true, count: 1 };
    }
  }
  const count = await deleteJobRow(ctx.db, row.id);
  return { success: count > 0, count };
}
