import { boolean, index, integer, json, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { at } from "./columns";

/** The console's own state: sign-ins, playground runs and presets. */

/**
 * The console's sign-ins, so that sign-out, idle time and revocation end a session on the server and a
 * copied cookie stops working. No foreign key to users: in remote mode the users live upstream.
 */
export const consoleSessions = pgTable(
  "console_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull(),
    accountId: text("account_id").notNull(),
    /** sha256 of the API key: ties the record to the sealed key without holding it. */
    keyFingerprint: text("key_fingerprint").notNull(),
    createdAt: at("created_at").notNull(),
    lastSeenAt: at("last_seen_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    endedAt: at("ended_at"),
    endReason: text("end_reason"),
  },
  (t) => [index("console_sessions_user").on(t.userId)],
);

/**
 * The console playground's runs (failed ones too): the whole input and what came back, for the run's
 * permalink and history. Scoped to an account; the user who ran it owns it. Never holds keys or headers.
 */
export const playgroundRuns = pgTable(
  "playground_runs",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    userId: text("user_id").notNull(),
    /** The user's email as it was at the time, for the run page and the account's history. */
    userLabel: text("user_label").notNull(),
    modelType: text("model_type").notNull(),
    modelId: text("model_id").notNull(),
    deploymentId: text("deployment_id").notNull(),
    label: text("label").notNull(),
    input: jsonb("input").notNull(),
    /**
     * json, stored out of line uncompressed (migration 0004): written with every execution and only ever
     * read whole, and an embedding's answer (~10 KB of numbers) neither gains from jsonb's parse nor
     * shrinks much under TOAST's compression; the two cost 0.2 ms of a 0.4 ms insert.
     */
    output: json("output"),
    ok: boolean("ok").notNull(),
    error: text("error"),
    latencyMs: integer("latency_ms").notNull(),
    tokens: integer("tokens"),
    summary: text("summary").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("playground_runs_account_at").on(t.accountId, t.createdAt),
    index("playground_runs_account_user_at").on(t.accountId, t.userId, t.createdAt),
  ],
);

/** Named playground inputs: one user's, optionally shared with everyone in the account. */
export const playgroundPresets = pgTable(
  "playground_presets",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    userId: text("user_id").notNull(),
    userLabel: text("user_label").notNull(),
    name: text("name").notNull(),
    modelType: text("model_type").notNull(),
    input: jsonb("input").notNull(),
    shared: boolean("shared").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [uniqueIndex("playground_presets_owner_name").on(t.accountId, t.userId, t.modelType, t.name)],
);
