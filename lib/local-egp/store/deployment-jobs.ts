import "server-only";
import { and, eq, inArray, isNotNull, isNull, like, lt, or } from "drizzle-orm";
import type { Db } from "../db/open";
import { deployments } from "../db/schema";
import type { DeploymentStatus } from "../schemas/enums";

/** A deployment job is open while its row is in one of these. */
export const JOB_STATUSES: DeploymentStatus[] = ["UPDATE_PENDING", "UPDATE_IN_PROGRESS"];

const d = deployments;
const free = (now: Date) => or(isNull(d.claimToken), lt(d.claimExpiresAt, now));

/**
 * Takes the job of one deployment when nobody holds it or its holder's lease ran out. One atomic UPDATE:
 * on PostgreSQL a concurrent claimer waits for the row lock, re-reads the row and finds it taken, so two
 * consoles never both win. Answers the row as it was claimed, or null.
 */
export async function claimJob(db: Db, id: string, token: string, now: Date, expiresAt: Date) {
  const [row] = await db
    .update(d)
    .set({ claimToken: token, claimExpiresAt: expiresAt })
    .where(and(eq(d.id, id), inArray(d.status, JOB_STATUSES), free(now)))
    .returning();
  return row ?? null;
}

/** Open jobs that anyone may take now, with their previous holder (null: never claimed). */
export async function claimableJobs(db: Db, now: Date) {
  return db
    .select({ id: d.id, status: d.status, claimToken: d.claimToken })
    .from(d)
    .where(and(inArray(d.status, JOB_STATUSES), free(now)));
}

/** The heartbeat: every claim whose token starts with `replica.` is extended to `expiresAt`. */
export async function renewClaims(db: Db, replica: string, expiresAt: Date): Promise<void> {
  await db
    .update(d)
    .set({ claimExpiresAt: expiresAt })
    .where(like(d.claimToken, `${replica}.%`));
}

/** Gives up claims: one replica's (`replica.`) on shutdown, or every claim when this process is the only one. */
export async function releaseClaims(db: Db, replica?: string): Promise<void> {
  await db
    .update(d)
    .set({ claimToken: null, claimExpiresAt: null })
    .where(replica ? like(d.claimToken, `${replica}.%`) : isNotNull(d.claimToken));
}

/** Status and claim of some deployments, to drop cached engines whose deployment moved on. */
export async function deploymentStates(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: d.id, status: d.status }).from(d).where(inArray(d.id, ids));
}
