import { boolean, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { at } from "./columns";

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
