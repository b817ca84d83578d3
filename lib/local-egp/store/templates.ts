import "server-only";
import { and, asc, desc, eq, ilike, type SQL } from "drizzle-orm";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import { modelTemplates, models } from "../db/schema";
import { conflict, notFound } from "../http/errors";
import type { Page, SortKey } from "../http/validation";
import type { TemplateRequest } from "../schemas/templates";
import { maskSecrets, unmaskSecrets } from "../schemas/creation-params";
import { compact, countWhere, likePattern, offsetOf, orderBy, type Paged } from "./list";

type Row = typeof modelTemplates.$inferSelect;
export type TemplateBody = Omit<TemplateRequest, "name" | "endpoint_type" | "model_type" | "account_id">;
export type Template = ReturnType<typeof toTemplate>;

/** Unset nested fields are left out (the spec's are not nullable) and secret-named env values are masked. */
function publicVendorConfiguration(config: TemplateBody["vendor_configuration"] | undefined) {
  if (!config) return undefined;
  const clean = dropNulls(config) as TemplateBody["vendor_configuration"];
  const env = clean.bundle_config?.env;
  return env ? { ...clean, bundle_config: { ...clean.bundle_config, env: maskSecrets(env) } } : clean;
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, dropNulls(v)]),
  );
}

export function toTemplate(row: Row) {
  const body = row.body as TemplateBody;
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
  } as { vendor_configuration: TemplateBody["vendor_configuration"] } & Record<string, unknown>;
}

const splitBody = (req: Partial<TemplateRequest>): TemplateBody => ({
  vendor_configuration: req.vendor_configuration!,
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
  if (!rows[0]) throw notFound("Model template", id);
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
  const current = row.body as TemplateBody;
  const env = patch.vendor_configuration?.bundle_config.env;
  if (env && patch.vendor_configuration) {
    // A client that sends back the masked env keeps the stored secrets.
    const kept = unmaskSecrets(env, current.vendor_configuration?.bundle_config.env) as Record<
      string,
      string
    >;
    patch = {
      ...patch,
      vendor_configuration: {
        ...patch.vendor_configuration,
        bundle_config: { ...patch.vendor_configuration.bundle_config, env: kept },
      },
    };
  }
  const body = Object.fromEntries(
    Object.entries({ ...current, ...splitBody({ ...current, ...patch }) }).filter(([, v]) => v !== undefined),
  );
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

export async function deleteTemplate(db: Db, row: Row): Promise<number> {
  const used = await countWhere(db, models, eq(models.modelTemplateId, row.id));
  if (used > 0) {
    throw conflict(`Model template "${row.name}" is used by ${used} model(s); delete those models first`);
  }
  const deleted = await db
    .delete(modelTemplates)
    .where(eq(modelTemplates.id, row.id))
    .returning({ id: modelTemplates.id });
  return deleted.length;
}
