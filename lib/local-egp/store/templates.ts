import "server-only";
import { and, asc, desc, eq, ilike, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import { modelTemplates, models } from "../db/schema";
import { NotFound } from "../domain/errors";
import type { Page, SortKey } from "../domain/page";
import type { TemplateBody } from "../db/bodies";
import { readable } from "../db/stored-json";
import type { TemplateRequest, TemplateVendorConfiguration } from "../schemas/templates";
import { maskSecrets, unmaskSecrets } from "../schemas/creation-params";
import { compact, countWhere, likePattern, offsetOf, orderBy, type Paged } from "./list";

export type TemplateRow = typeof modelTemplates.$inferSelect;
type Row = TemplateRow;
export type Template = ReturnType<typeof toTemplate>;

/**
 * Unset nested fields are left out (the spec's are not nullable) and secret-named env values are
 * masked; a stored marker is answered as it is.
 */
function publicVendorConfiguration(stored: TemplateBody["vendor_configuration"]) {
  const config = readable(stored);
  if (!config) return stored;
  // Older versions stored the CLI's LLMENGINE, which the spec's template vendor does not allow; the
  // local runtime reads only bundle_config, so it runs such a template as the LAUNCH one it answers.
  const clean = { ...dropNulls(config), vendor: "LAUNCH" as const };
  const env = clean.bundle_config?.env;
  return env ? { ...clean, bundle_config: { ...clean.bundle_config, env: maskSecrets(env) } } : clean;
}

/**
 * The vendor a template was stored with: LAUNCH, or LLMENGINE for one an older version stored (answered
 * as LAUNCH, but the models made from it are LLM Engine models). Unset or unreadable reads as LAUNCH.
 */
export const storedTemplateVendor = (row: Row): "LAUNCH" | "LLMENGINE" =>
  (readable(row.body.vendor_configuration) as { vendor?: unknown } | undefined)?.vendor === "LLMENGINE"
    ? "LLMENGINE"
    : "LAUNCH";

/** The local engine configuration of a template, if it has one to read. */
export const templateConfiguration = (row: Row | null | undefined): TemplateVendorConfiguration | undefined =>
  readable(row?.body.vendor_configuration);

function dropNulls<T>(value: T): T {
  return dropNullsIn(value) as T;
}

function dropNullsIn(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNullsIn);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, dropNullsIn(v)]),
  );
}

export function toTemplate(row: Row) {
  const body = row.body;
  return {
    id: row.id,
    name: row.name,
    endpoint_type: row.endpointType,
    model_type: row.modelType,
    ...compact({
      vendor_configuration: publicVendorConfiguration(body.vendor_configuration),
      model_creation_parameters_schema: body.model_creation_parameters_schema,
      model_request_parameters_schema: body.model_request_parameters_schema,
      endpoint_protocol: body.endpoint_protocol,
    }),
    created_at: row.createdAt.toISOString(),
    account_id: row.accountId,
    created_by_user_id: row.createdByUserId,
  };
}

const BODY_KEYS = [
  "vendor_configuration",
  "model_creation_parameters_schema",
  "model_request_parameters_schema",
  "endpoint_protocol",
] as const satisfies (keyof TemplateBody)[];

const splitBody = (req: TemplateRequest): TemplateBody => ({
  vendor_configuration: req.vendor_configuration,
  model_creation_parameters_schema: req.model_creation_parameters_schema,
  model_request_parameters_schema: req.model_request_parameters_schema,
  endpoint_protocol: req.endpoint_protocol,
});

export async function createTemplate(db: Db, accountId: string, userId: string, req: TemplateRequest) {
  const [row] = await db
    .insert(modelTemplates)
    .values({
      id: newId(),
      accountId,
      createdByUserId: userId,
      name: req.name,
      modelType: req.model_type,
      endpointType: req.endpoint_type,
      body: splitBody(req),
    })
    .returning();
  return toTemplate(row);
}

export async function getTemplateRow(db: Db, accountId: string, id: string): Promise<Row> {
  const rows = await db
    .select()
    .from(modelTemplates)
    .where(and(eq(modelTemplates.id, id), eq(modelTemplates.accountId, accountId)))
    .limit(1);
  if (!rows[0]) throw new NotFound("Model template", id);
  return rows[0];
}

export async function listTemplates(
  db: Db,
  accountId: string,
  filter: { modelType?: string; name?: string },
  sort: SortKey[],
  page: Page,
): Promise<Paged<Template>> {
  const conditions: SQL[] = [eq(modelTemplates.accountId, accountId)];
  if (filter.modelType) conditions.push(eq(modelTemplates.modelType, filter.modelType));
  if (filter.name) conditions.push(ilike(modelTemplates.name, likePattern(filter.name)));
  const where = and(...conditions);
  const t = modelTemplates;
  const cols = {
    id: t.id,
    name: t.name,
    created_at: t.createdAt,
    model_type: t.modelType,
    endpoint_type: t.endpointType,
  };
  const rows = await db
    .select()
    .from(t)
    .where(where)
    .orderBy(...orderBy(sort, cols, t.body, [desc(t.createdAt), asc(t.id)]))
    .limit(page.limit)
    .offset(offsetOf(page));
  return { items: rows.map(toTemplate), total: await countWhere(db, t, where), page };
}

export async function updateTemplate(db: Db, row: Row, patch: Partial<TemplateRequest>) {
  const current = row.body;
  const env = patch.vendor_configuration?.bundle_config.env;
  if (env && patch.vendor_configuration) {
    // A client that sends back the masked env keeps the stored secrets.
    const kept = unmaskSecrets(env, templateConfiguration(row)?.bundle_config.env) as Record<string, string>;
    patch = {
      ...patch,
      vendor_configuration: {
        ...patch.vendor_configuration,
        bundle_config: { ...patch.vendor_configuration.bundle_config, env: kept },
      },
    };
  }
  const body: TemplateBody = { ...current };
  for (const key of BODY_KEYS) if (patch[key] !== undefined) Object.assign(body, { [key]: patch[key] });
  const [updated] = await db
    .update(modelTemplates)
    .set({
      name: patch.name ?? row.name,
      modelType: patch.model_type ?? row.modelType,
      endpointType: patch.endpoint_type ?? row.endpointType,
      body,
    })
    .where(eq(modelTemplates.id, row.id))
    .returning();
  return toTemplate(updated);
}

export const countModelsOfTemplate = (db: Db, templateId: string) =>
  countWhere(db, models, eq(models.modelTemplateId, templateId));

export async function deleteTemplateRow(db: Db, id: string): Promise<number> {
  const deleted = await db
    .delete(modelTemplates)
    .where(eq(modelTemplates.id, id))
    .returning({ id: modelTemplates.id });
  return deleted.length;
}
