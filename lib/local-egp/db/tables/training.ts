import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { FineTuningJobBody, TunedWeightsBody } from "../bodies";
import { at, bytea, createdAt } from "./columns";
import { models } from "./resources";

/** Uploaded files and fine-tuning: datasets, jobs, their events and what a tuning learned. */

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
