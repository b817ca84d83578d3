import "server-only";
import { and, asc, desc, eq, ilike, inArray, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import type { DeploymentBody, DeploymentMetadata, StatusEntry } from "../db/bodies";
import { deployments } from "../db/schema";
import { readable } from "../db/stored-json";
import { NotFound } from "../domain/errors";
import type { Page, SortKey } from "../domain/page";
import { maskSecrets, type SecretSetters } from "../schemas/creation-params";
import type { DeploymentStatus } from "../schemas/enums";
import type { DeploymentPatch, DeploymentRequest } from "../schemas/resources";
import { compact, countWhere, likePattern, offsetOf, orderBy, type Paged } from "./list";

export type DeploymentRow = typeof deployments.$inferSelect;

export function toDeployment(row: DeploymentRow) {
  const body = row.body;
  return {
    id: row.id,
    name: row.name,
    ...compact({
      model_creation_parameters: maskSecrets(body.model_creation_parameters),
      model_endpoint_id: body.model_endpoint_id,
      vendor_configuration: body.vendor_configuration,
      deployment_metadata: body.deployment_metadata,
    }),
    model_instance_id: row.modelInstanceId,
    created_at: row.createdAt.toISOString(),
    account_id: row.accountId,
    created_by_user_id: row.createdByUserId,
    status: row.status,
  };
}
export type Deployment = ReturnType<typeof toDeployment>;

const metadataOf = (row: Pick<DeploymentRow, "body">): DeploymentMetadata =>
  readable(row.body.deployment_metadata) ?? {};
/** Rows an older version wrote may hold anything there. */
const historyOf = (metadata: DeploymentMetadata): StatusEntry[] =>
  Array.isArray(metadata.status_history) ? metadata.status_history : [];

export async function createDeployment(
  db: Db,
  input: {
    accountId: string;
    userId: string;
    modelId: string;
    req: DeploymentRequest;
    status: DeploymentStatus;
    engineImage?: string;
    builtin?: boolean;
    secretSetters?: SecretSetters;
    /** The job's claim, taken in the same write (see DeploymentRuntime.newClaim). */
    claim?: { claimToken: string; claimExpiresAt: Date };
  },
): Promise<DeploymentRow> {
  const at = new Date().toISOString();
  const metadata = {
    ...(input.req.deployment_metadata ?? {}),
    status_history: [{ status: input.status, at }],
  };
  const [row] = await db
    .insert(deployments)
    .values({
      id: newId(),
      accountId: input.accountId,
      createdByUserId: input.userId,
      name: input.req.name,
      modelInstanceId: input.modelId,
      status: input.status,
      engineImage: input.engineImage ?? null,
      builtin: input.builtin ?? false,
      ...input.claim,
      body: compact({
        model_creation_parameters: input.req.model_creation_parameters,
        vendor_configuration: input.req.vendor_configuration ?? {
          vendor: "LAUNCH",
          min_workers: 0,
          max_workers: 1,
          per_worker: 10,
        },
        deployment_metadata: metadata,
        secret_setters:
          input.secretSetters && Object.keys(input.secretSetters).length ? input.secretSetters : undefined,
      }),
    })
    .returning();
  return row;
}

export async function findDeploymentRow(
  db: Db,
  id: string,
  accountId?: string,
): Promise<DeploymentRow | null> {
  const where = accountId
    ? and(eq(deployments.id, id), eq(deployments.accountId, accountId))
    : eq(deployments.id, id);
  const rows = await db.select().from(deployments).where(where).limit(1);
  return rows[0] ?? null;
}

export async function getDeploymentRow(
  db: Db,
  accountId: string,
  id: string,
  modelId?: string,
): Promise<DeploymentRow> {
  const row = await findDeploymentRow(db, id, accountId);
  if (!row || (modelId && row.modelInstanceId !== modelId)) throw new NotFound("Model deployment", id);
  return row;
}

export type DeploymentFilter = {
  modelId?: string;
  status?: string[];
  modelInstanceId?: string[];
  name?: string;
};

export async function listDeployments(
  db: Db,
  accountId: string,
  filter: DeploymentFilter,
  sort: SortKey[],
  page: Page,
): Promise<Paged<Deployment>> {
  const d = deployments;
  const conditions: SQL[] = [eq(d.accountId, accountId)];
  if (filter.modelId) conditions.push(eq(d.modelInstanceId, filter.modelId));
  if (filter.modelInstanceId?.length) conditions.push(inArray(d.modelInstanceId, filter.modelInstanceId));
  if (filter.status?.length) conditions.push(inArray(d.status, filter.status));
  if (filter.name) conditions.push(ilike(d.name, likePattern(filter.name)));
  const where = and(...conditions);
  const cols = {
    id: d.id,
    name: d.name,
    created_at: d.createdAt,
    status: d.status,
    model_instance_id: d.modelInstanceId,
    account_id: d.accountId,
    created_by_user_id: d.createdByUserId,
  };
  const rows = await db
    .select()
    .from(d)
    .where(where)
    .orderBy(...orderBy(sort, cols, d.body, [desc(d.createdAt), asc(d.id)]))
    .limit(page.limit)
    .offset(offsetOf(page));
  return { items: rows.map(toDeployment), total: await countWhere(db, d, where), page };
}

export async function modelDeploymentRows(db: Db, modelId: string): Promise<DeploymentRow[]> {
  return db
    .select()
    .from(deployments)
    .where(eq(deployments.modelInstanceId, modelId))
    .orderBy(asc(deployments.createdAt));
}

/** The deployments of several models in one query, by model id, oldest first. */
export async function deploymentRowsOfModels(
  db: Db,
  modelIds: string[],
): Promise<Map<string, DeploymentRow[]>> {
  const byModel = new Map<string, DeploymentRow[]>();
  if (modelIds.length === 0) return byModel;
  const rows = await db
    .select()
    .from(deployments)
    .where(inArray(deployments.modelInstanceId, modelIds))
    .orderBy(asc(deployments.createdAt));
  for (const row of rows)
    byModel.set(row.modelInstanceId, [...(byModel.get(row.modelInstanceId) ?? []), row]);
  return byModel;
}

export async function rowsInStatus(db: Db, statuses: DeploymentStatus[]): Promise<DeploymentRow[]> {
  return db.select().from(deployments).where(inArray(deployments.status, statuses));
}

export async function updateDeployment(
  db: Db,
  row: DeploymentRow,
  patch: DeploymentPatch,
  secretSetters?: SecretSetters,
): Promise<DeploymentRow> {
  const body: DeploymentBody = { ...row.body };
  if (patch.model_creation_parameters !== undefined) {
    body.model_creation_parameters = patch.model_creation_parameters;
    body.secret_setters = secretSetters && Object.keys(secretSetters).length ? secretSetters : null;
  }
  if (patch.vendor_configuration != null) body.vendor_configuration = patch.vendor_configuration;
  if (patch.deployment_metadata != null) {
    // status fields are the runtime's; a client cannot rewrite them.
    const current = metadataOf(row);
    body.deployment_metadata = {
      ...patch.deployment_metadata,
      status_history: current.status_history,
      ...compact({ status_reason: current.status_reason }),
    };
  }
  const [updated] = await db
    .update(deployments)
    .set({ name: patch.name ?? row.name, body: compact(body) })
    .where(eq(deployments.id, row.id))
    .returning();
  return updated;
}

/**
 * Who may write a status step: `token` writes only while it still holds the job's claim (a job taken over by
 * another console can no longer finish it); `release` empties the claim with the step (the job is over).
 */
export type StatusClaim = {
  token?: string;
  release?: boolean;
  /** A new job's claim (DeploymentRuntime.newClaim) replacing whoever held the old one. */
  assign?: { claimToken: string; claimExpiresAt: Date };
};

/** Persists a status step with its reason and appends it to deployment_metadata.status_history. */
export async function setStatus(
  db: Db,
  id: string,
  status: DeploymentStatus,
  reason?: string,
  claim: StatusClaim = {},
): Promise<DeploymentRow | null> {
  const row = await findDeploymentRow(db, id);
  if (!row || (claim.token !== undefined && row.claimToken !== claim.token)) return null;
  const metadata = metadataOf(row);
  const entry: StatusEntry = { status, at: new Date().toISOString(), ...(reason ? { reason } : {}) };
  const nextMetadata: DeploymentMetadata = { ...metadata, status_history: [...historyOf(metadata), entry] };
  if (reason) nextMetadata.status_reason = reason;
  else if (status !== "UPDATE_FAILED") delete nextMetadata.status_reason;
  const where =
    claim.token === undefined
      ? eq(deployments.id, id)
      : and(eq(deployments.id, id), eq(deployments.claimToken, claim.token));
  const [updated] = await db
    .update(deployments)
    .set({
      status,
      body: { ...row.body, deployment_metadata: nextMetadata },
      ...(claim.release ? { claimToken: null, claimExpiresAt: null } : {}),
      ...claim.assign,
    })
    .where(where)
    .returning();
  return updated ?? null;
}

/** Why the deployment is in its status (the runtime's words), if it says. */
export const statusReason = (row: Pick<DeploymentRow, "body">): string | undefined =>
  metadataOf(row).status_reason;

/** Identifies the engine a READY deployment runs: the time of its latest status step (a redeploy adds one). */
export function engineVersion(row: Pick<DeploymentRow, "body">): string | undefined {
  return historyOf(metadataOf(row)).at(-1)?.at;
}

export async function deleteDeploymentRow(db: Db, id: string): Promise<number> {
  const rows = await db.delete(deployments).where(eq(deployments.id, id)).returning({ id: deployments.id });
  return rows.length;
}

export const countDeployments = (db: Db, modelId: string) =>
  countWhere(db, deployments, eq(deployments.modelInstanceId, modelId));
