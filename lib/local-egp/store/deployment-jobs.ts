import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "../db/open";
import { deployments } from "../db/schema";
import type { DeploymentStatus } from "../schemas/enums";
import { jobClaims } from "./job-claims";

/** A deployment job is open while its row is in one of these. */
export const JOB_STATUSES: DeploymentStatus[] = ["UPDATE_PENDING", "UPDATE_IN_PROGRESS"];

const d = deployments;

/** The claims of deployment jobs (store/job-claims.ts). */
export const deploymentClaims = jobClaims(d, JOB_STATUSES);

/** Status and claim of some deployments, to drop cached engines whose deployment moved on. */
export async function deploymentStates(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: d.id, status: d.status }).from(d).where(inArray(d.id, ids));
}
