import "server-only";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { FineTuningJobBody } from "../db/bodies";
import type { Db } from "../db/open";
import { fineTuningEvents, fineTuningJobs, tunedWeights } from "../db/schema";
import { NotFound } from "../domain/errors";
import type { Page } from "../domain/page";
import type { TunedWeights } from "../training/weights";
import { jobClaims } from "./job-claims";
import { compact, countWhere, offsetOf, type Paged } from "./list";

export type JobStatus = "PENDING" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELED";
/** A job is open (has work left, and maybe a runner) while in one of these. */
export const OPEN_STATUSES: JobStatus[] = ["PENDING", "RUNNING"];

const j = fineTuningJobs;
export type JobRow = typeof j.$inferSelect;

/** The spec's FineTuningJobResponse. */
export function toJob(row: JobRow) {
  return {
    id: row.id,
    status: row.status as JobStatus,
    training_dataset_id: row.trainingDatasetId,
    ...compact({
      base_model_id: row.baseModelId,
      fine_tuned_model_id: row.fineTunedModelId,
      validation_dataset_id: row.validationDatasetId,
      vendor_configuration: row.body.vendor_configuration,
    }),
    created_at: row.createdAt.toISOString(),
    account_id: row.accountId,
    created_by_user_id: row.createdByUserId,
  };
}
export type Job = ReturnType<typeof toJob>;

export async function insertJob(
  db: Db,
  row: Omit<typeof j.$inferInsert, "id" | "createdAt" | "status">,
): Promise<JobRow> {
  const [created] = await db
    .insert(j)
    .values({ id: newId(), status: "PENDING", ...row })
    .returning();
  return created;
}

export async function findJobRow(db: Db, id: string): Promise<JobRow | null> {
  const [row] = await db.select().from(j).where(eq(j.id, id)).limit(1);
  return row ?? null;
}

export async function getJobRow(db: Db, accountId: string, id: string): Promise<JobRow> {
  const [row] = await db
    .select()
    .from(j)
    .where(and(eq(j.id, id), eq(j.accountId, accountId)))
    .limit(1);
  if (!row) throw new NotFound("Fine-tuning job", id);
  return row;
}

export async function listJobs(db: Db, accountId: string, page: Page): Promise<Paged<Job>> {
  const where = eq(j.accountId, accountId);
  const rows = await db
    .select()
    .from(j)
    .where(where)
    .orderBy(desc(j.createdAt), desc(j.id))
    .limit(page.limit)
    .offset(offsetOf(page));
  return { items: rows.map(toJob), total: await countWhere(db, j, where), page };
}

/** Open jobs that read a dataset (it may not be deleted under them). */
export async function openJobsOfDataset(db: Db, datasetId: string): Promise<number> {
  return countWhere(
    db,
    j,
    and(
      inArray(j.status, OPEN_STATUSES),
      or(eq(j.trainingDatasetId, datasetId), eq(j.validationDatasetId, datasetId)),
    ),
  );
}

export type JobUpdate = {
  status?: JobStatus;
  body?: FineTuningJobBody;
  fineTunedModelId?: string;
  /** Empties the claim with the step (the job is over, or handed back). */
  release?: boolean;
};

/**
 * Writes a step of a job, only while `token` still holds its claim (null: no claim needed) and the job
 * is still open, so a runner whose job was canceled or taken over writes nothing. Answers the row or null.
 */
export async function updateJob(db: Db, id: string, token: string | null, update: JobUpdate) {
  const claimed = token === null ? undefined : eq(j.claimToken, token);
  const [row] = await db
    .update(j)
    .set({
      ...(update.status ? { status: update.status } : {}),
      ...(update.body ? { body: update.body } : {}),
      ...(update.fineTunedModelId ? { fineTunedModelId: update.fineTunedModelId } : {}),
      ...(update.release ? { claimToken: null, claimExpiresAt: null } : {}),
    })
    .where(and(eq(j.id, id), inArray(j.status, OPEN_STATUSES), claimed))
    .returning();
  return row ?? null;
}

export async function deleteJobRow(db: Db, id: string): Promise<number> {
  return (await db.delete(j).where(eq(j.id, id)).returning({ id: j.id })).length;
}

/** The claims of running jobs, oldest first (store/job-claims.ts), as deployment jobs have. */
export const fineTuningClaims = jobClaims(j, OPEN_STATUSES, asc(j.createdAt));

export type JobEvent = { timestamp: number; level: "info" | "warning" | "error"; message: string };

/** Appends an event; `seq` is the next number of the job's log, in the same statement. */
export async function addEvent(db: Db, jobId: string, at: Date, level: JobEvent["level"], message: string) {
  const e = fineTuningEvents;
  await db.insert(e).values({
    jobId,
    at,
    level,
    message,
    seq: sql`(select coalesce(max(${e.seq}), 0) + 1 from ${e} where ${e.jobId} = ${jobId})`,
  });
}

/** The spec's FineTuningJobEvent list: timestamp in seconds since the epoch, oldest first. */
export async function jobEvents(db: Db, jobId: string): Promise<JobEvent[]> {
  const e = fineTuningEvents;
  const rows = await db.select().from(e).where(eq(e.jobId, jobId)).orderBy(asc(e.seq));
  return rows.map((r) => ({
    timestamp: r.at.getTime() / 1000,
    level: r.level as JobEvent["level"],
    message: r.message,
  }));
}

export async function saveTunedWeights(db: Db, modelId: string, weights: TunedWeights): Promise<void> {
  await db
    .insert(tunedWeights)
    .values({ modelId, kind: weights.kind, weights })
    .onConflictDoUpdate({ target: tunedWeights.modelId, set: { kind: weights.kind, weights } });
}

export async function tunedWeightsOf(db: Db, modelId: string): Promise<TunedWeights | null> {
  const [row] = await db
    .select({ weights: tunedWeights.weights })
    .from(tunedWeights)
    .where(eq(tunedWeights.modelId, modelId))
    .limit(1);
  return row?.weights ?? null;
}
