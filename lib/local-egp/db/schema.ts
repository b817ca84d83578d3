import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type {
  DeploymentBody,
  FineTuningJobBody,
  GroupBody,
  InferenceModelBody,
  ModelBody,
  TemplateBody,
  TunedWeightsBody,
} from "./bodies";
import { storedJsonb } from "./stored-json";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const accounts = pgTable("accounts", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  organizationId: text("organization_id").notNull(),
  accountGroupId: text("account_group_id").notNull(),
  createdAt: createdAt(),
});

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  firstName: text("first_name"),
  lastName: text("last_name"),
  createdAt: createdAt(),
});

export const accessProfiles = pgTable(
  "access_profiles",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("access_profiles_user_account").on(t.userId, t.accountId)],
);

export const apiKeys = pgTable("api_keys", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  keyHash: text("key_hash").notNull().unique(),
  prefix: text("prefix").notNull(),
  createdAt: createdAt(),
  /** Set once; a revoked key stays for the record and never authenticates again. */
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
});

export const signInTokens = pgTable("sign_in_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
});

/** Columns that lists filter or sort on are real; the rest of each resource lives in `body` (db/bodies.ts). */
const owned = <Body>() => ({
  id: text("id").primaryKey(),
  accountId: text("account_id").notNull(),
  name: text("name").notNull(),
  createdAt: createdAt(),
  createdByUserId: text("created_by_user_id").notNull(),
  body: storedJsonb("body")
    .$type<Body>()
    .notNull()
    .default(sql`'{}'::jsonb`),
});

export const modelTemplates = pgTable(
  "model_templates",
  {
    ...owned<TemplateBody>(),
    modelType: text("model_type").notNull(),
    endpointType: text("endpoint_type").notNull(),
  },
  (t) => [
    index("model_templates_account_created").on(t.accountId, t.createdAt, t.id),
    index("model_templates_account_type").on(t.accountId, t.modelType, t.createdAt),
  ],
);

export const modelGroups = pgTable(
  "model_groups",
  { ...owned<GroupBody>(), description: text("description") },
  (t) => [index("model_groups_account_created").on(t.accountId, t.createdAt, t.id)],
);

export const models = pgTable(
  "models",
  {
    ...owned<ModelBody>(),
    modelType: text("model_type").notNull(),
    modelVendor: text("model_vendor"),
    displayName: text("display_name"),
    modelTemplateId: text("model_template_id").references(() => modelTemplates.id),
    modelGroupId: text("model_group_id").references(() => modelGroups.id, { onDelete: "set null" }),
    builtin: boolean("builtin").notNull().default(false),
  },
  (t) => [
    index("models_account_created").on(t.accountId, t.createdAt, t.id),
    index("models_account_name").on(t.accountId, t.name),
    index("models_account_type_created").on(t.accountId, t.modelType, t.createdAt, t.id),
    index("models_account_group").on(t.accountId, t.modelGroupId),
    index("models_template").on(t.modelTemplateId),
  ],
);

export const deployments = pgTable(
  "deployments",
  {
    ...owned<DeploymentBody>(),
    modelInstanceId: text("model_instance_id")
      .notNull()
      .references(() => models.id, { onDelete: "cascade" }),
    status: text("status").notNull(),
    /** Set for built-in deployments: the local engine image they run, bypassing any template. */
    engineImage: text("engine_image"),
    builtin: boolean("builtin").notNull().default(false),
    /**
     * The deployment job's claim: who runs it and until when (a lease the runner renews). Consoles on one
     * PostgreSQL each take a job only when its claim is empty or expired, so one runs it and a dead one's
     * job is picked up by another.
     */
    claimToken: text("claim_token"),
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("deployments_model").on(t.modelInstanceId, t.createdAt),
    index("deployments_account_created").on(t.accountId, t.createdAt, t.id),
    index("deployments_account_status").on(t.accountId, t.status),
  ],
);

/**
 * The v5 models (`/v5/models`): each is its own image and infrastructure with one status, no template
 * or deployments, so they are not rows of `models` (whose types and vendors the v4 lists must keep).
 * Names are unique per account, as the spec's `on_conflict` assumes.
 */
export const inferenceModels = pgTable(
  "inference_models",
  {
    ...owned<InferenceModelBody>(),
    modelType: text("model_type").notNull(),
    modelVendor: text("model_vendor").notNull(),
    status: text("status").notNull(),
  },
  (t) => [
    uniqueIndex("inference_models_account_name").on(t.accountId, t.name),
    index("inference_models_account_created").on(t.accountId, t.createdAt, t.id),
  ],
);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * The console's sign-ins, so that sign-out, idle time and revocation end a session on the server and a
 * copied cookie stops working. No foreign key to users: in remote mode the users live upstream.
 */
export const consoleSessions = pgTable(
  "console_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull(),
    accountId: text("account_id").notNull(),
    /** sha256 of the API key: ties the record to the sealed key without holding it. */
    keyFingerprint: text("key_fingerprint").notNull(),
    createdAt: at("created_at").notNull(),
    lastSeenAt: at("last_seen_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    endedAt: at("ended_at"),
    endReason: text("end_reason"),
  },
  (t) => [index("console_sessions_user").on(t.userId)],
);

/**
 * The console playground's runs (failed ones too): the whole input and what came back, for the run's
 * permalink and history. Scoped to an account; the user who ran it owns it. Never holds keys or headers.
 */
export const playgroundRuns = pgTable(
  "playground_runs",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    userId: text("user_id").notNull(),
    /** The user's email as it was at the time, for the run page and the account's history. */
    userLabel: text("user_label").notNull(),
    modelType: text("model_type").notNull(),
    modelId: text("model_id").notNull(),
    deploymentId: text("deployment_id").notNull(),
    label: text("label").notNull(),
    input: jsonb("input").notNull(),
    output: jsonb("output"),
    ok: boolean("ok").notNull(),
    error: text("error"),
    latencyMs: integer("latency_ms").notNull(),
    tokens: integer("tokens"),
    summary: text("summary").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("playground_runs_account_at").on(t.accountId, t.createdAt),
    index("playground_runs_account_user_at").on(t.accountId, t.userId, t.createdAt),
  ],
);

/** Named playground inputs: one user's, optionally shared with everyone in the account. */
export const playgroundPresets = pgTable(
  "playground_presets",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    userId: text("user_id").notNull(),
    userLabel: text("user_label").notNull(),
    name: text("name").notNull(),
    modelType: text("model_type").notNull(),
    input: jsonb("input").notNull(),
    shared: boolean("shared").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [uniqueIndex("playground_presets_owner_name").on(t.accountId, t.userId, t.modelType, t.name)],
);

/**
 * One row per execution (failed ones too), for the usage-statistics routes. Names and the group are copied
 * as they were at the time, and no foreign keys: the figures outlive renames and deleted resources.
 */
export const usageEvents = pgTable(
  "usage_events",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    deploymentId: text("deployment_id").notNull(),
    modelId: text("model_id").notNull(),
    modelName: text("model_name").notNull(),
    modelGroupId: text("model_group_id"),
    at: at("at").notNull(),
    promptTokens: integer("prompt_tokens").notNull(),
    responseTokens: integer("response_tokens").notNull(),
    latencyMs: integer("latency_ms").notNull(),
    error: boolean("error").notNull(),
  },
  (t) => [
    index("usage_events_account_model_name_at").on(t.accountId, t.modelName, t.at),
    index("usage_events_account_deployment_at").on(t.accountId, t.deploymentId, t.at),
    index("usage_events_account_group_at").on(t.accountId, t.modelGroupId, t.at),
  ],
);

/** node-postgres answers bytea as a Buffer, PGlite as a Uint8Array: both are bytes. */
const bytea = customType<{ data: Uint8Array<ArrayBuffer>; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/** Uploads of /v4/beta/files; the bytes live in the row (FILE_LIMITS caps them). */
export const files = pgTable(
  "files",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    createdByUserId: text("created_by_user_id").notNull(),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    md5Checksum: text("md5_checksum").notNull(),
    tags: jsonb("tags")
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    content: bytea("content").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("files_account_created").on(t.accountId, t.createdAt, t.id)],
);

/**
 * Uploaded training datasets (/v3 and /v4 training-datasets): the parsed rows, checked on upload, in
 * `rows`; lists read only the other columns.
 */
export const trainingDatasets = pgTable(
  "training_datasets",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
    createdByUserId: text("created_by_user_id").notNull(),
    schemaType: text("schema_type").notNull(),
    dataSource: text("data_source").notNull(),
    filename: text("filename").notNull(),
    rowCount: integer("row_count").notNull(),
    rows: jsonb("rows").$type<Record<string, string | number>[]>().notNull(),
  },
  (t) => [index("training_datasets_account_created").on(t.accountId, t.createdAt, t.id)],
);

/**
 * Fine-tuning jobs: PENDING → RUNNING → COMPLETED | FAILED | CANCELED. A running job holds a claim with a
 * lease, as deployment jobs do, so a job whose runner died is found and ended instead of staying RUNNING.
 */
export const fineTuningJobs = pgTable(
  "fine_tuning_jobs",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    createdAt: createdAt(),
    createdByUserId: text("created_by_user_id").notNull(),
    status: text("status").notNull(),
    baseModelId: text("base_model_id"),
    fineTunedModelId: text("fine_tuned_model_id"),
    trainingDatasetId: text("training_dataset_id").notNull(),
    validationDatasetId: text("validation_dataset_id"),
    /** vendor_configuration as sent, plus the runner's settings and outcome (db/bodies.ts). */
    body: jsonb("body").$type<FineTuningJobBody>().notNull(),
    claimToken: text("claim_token"),
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("fine_tuning_jobs_account_created").on(t.accountId, t.createdAt, t.id),
    index("fine_tuning_jobs_status").on(t.status),
  ],
);

/** A job's log, in order: status steps, per-epoch metrics, the result (`GET …/events`). */
export const fineTuningEvents = pgTable(
  "fine_tuning_events",
  {
    jobId: text("job_id")
      .notNull()
      .references(() => fineTuningJobs.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    at: at("at").notNull(),
    level: text("level").notNull(),
    message: text("message").notNull(),
  },
  (t) => [uniqueIndex("fine_tuning_events_job_seq").on(t.jobId, t.seq)],
);

/**
 * What a local fine-tuning learned, per tuned model: the engine of its deployments applies it over the
 * base engine (a reranking scorer's weights, an embedding adapter). Deleted with the model.
 */
export const tunedWeights = pgTable("tuned_weights", {
  modelId: text("model_id")
    .primaryKey()
    .references(() => models.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  weights: jsonb("weights").$type<TunedWeightsBody>().notNull(),
  createdAt: createdAt(),
});
