import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { deployments, modelGroups, models } from "../db/schema";
import type { DeploymentRow } from "./deployments";
import type { GroupRow } from "./groups";
import type { ModelRow } from "./models";

/*
 * The models page comes back as one json column (json_agg of one array per row): the driver decodes one
 * field and parses one JSON text instead of a dozen fields per model. Each array's positional order is
 * fixed here, each builder beside the decoder that reads it.
 */

/** A timestamp as json_build_array writes it (ISO 8601 with the offset): the Date drizzle would map. */
const dateOf = (value: string) => new Date(value);

const modelJson = (m: typeof models) =>
  sql`json_build_array(${m.id}, ${m.name}, ${m.modelType}, ${m.displayName}, ${m.modelVendor}, ${m.body}, ${m.modelTemplateId}, ${m.modelGroupId}, ${m.createdAt}, ${m.accountId}, ${m.createdByUserId})`;
const modelOf = (a: unknown[]): ModelRow =>
  ({
    id: a[0],
    name: a[1],
    modelType: a[2],
    displayName: a[3],
    modelVendor: a[4],
    body: models.body.mapFromDriverValue(a[5]),
    modelTemplateId: a[6],
    modelGroupId: a[7],
    createdAt: dateOf(a[8] as string),
    accountId: a[9],
    createdByUserId: a[10],
  }) as ModelRow;

/** The joined group's row, null when the model has none (or its group is not in the account). */
export const groupJson = (g: typeof modelGroups) =>
  sql`case when ${g.id} is null then null else json_build_array(${g.id}, ${g.name}, ${g.description}, ${g.createdAt}, ${g.accountId}, ${g.createdByUserId}) end`;
const groupOf = (a: unknown[]): GroupRow =>
  ({
    id: a[0],
    name: a[1],
    description: a[2],
    createdAt: dateOf(a[3] as string),
    accountId: a[4],
    createdByUserId: a[5],
  }) as GroupRow;

// Written out because drizzle drops table qualifiers inside a correlated subquery; oldest first, as
// deploymentRowsOfModels orders them.
export const deploymentsJson = sql`(select coalesce(json_agg(json_build_array(d."id", d."name", d."body", d."model_instance_id", d."created_at", d."account_id", d."created_by_user_id", d."status") order by d."created_at"), '[]'::json) from "deployments" d where d."model_instance_id" = "models"."id")`;
const deploymentOf = (a: unknown[]): DeploymentRow =>
  ({
    id: a[0],
    name: a[1],
    body: deployments.body.mapFromDriverValue(a[2]),
    modelInstanceId: a[3],
    createdAt: dateOf(a[4] as string),
    accountId: a[5],
    createdByUserId: a[6],
    status: a[7],
  }) as DeploymentRow;

/** A page row: [model, deployment count, total, group?, deployments?]. */
type PageJson = [unknown[], number, number, unknown[] | null, unknown[][] | null];
export type PageRow = {
  model: ModelRow;
  count: number;
  total: number;
  group: GroupRow | null;
  deployments: DeploymentRow[] | null;
};

export const pageRowJson = (parts: { count: SQL; total: SQL; group: SQL; deployments: SQL }) =>
  sql`json_build_array(${modelJson(models)}, ${parts.count}, ${parts.total}, ${parts.group}, ${parts.deployments})`;

/** The rows of json_agg over pageRowJson, as the driver hands the column (parsed or as text). */
export function pageRowsOf(page: unknown): PageRow[] {
  const rows = (typeof page === "string" ? JSON.parse(page) : page) as PageJson[];
  return rows.map(([model, count, total, group, deploymentRows]) => ({
    model: modelOf(model),
    count: Number(count),
    total: Number(total),
    group: group ? groupOf(group) : null,
    deployments: deploymentRows ? deploymentRows.map(deploymentOf) : null,
  }));
}
