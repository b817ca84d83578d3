import { boolean, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { DeploymentBody, GroupBody, InferenceModelBody, ModelBody, TemplateBody } from "../bodies";
import { owned } from "./columns";

/** The EGP's resources: templates, groups, models, their deployments and the v5 models. */

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
