import { z } from "zod";
import { PLAYGROUND_LIMITS } from "../limits";
import { jsonObject } from "./json-field";
import { PLAYGROUND_MODEL_TYPES } from "./playground";

/** GET /api/playground/runs: yours or the account's, newest first, optionally searched. */
export const runListQuerySchema = z.object({
  scope: z.enum(["mine", "account"]).default("mine"),
  q: z.string().max(PLAYGROUND_LIMITS.search).optional(),
  /** Runs older than this time (epoch ms), for the next page. */
  before: z.coerce.number().int().nonnegative().optional(),
});
export type RunListQuery = z.infer<typeof runListQuerySchema>;

/** GET /api/playground/presets: those of these model types (comma-separated), or all. */
export const presetListQuerySchema = z.object({
  modelType: z.enum(PLAYGROUND_MODEL_TYPES).optional(),
});

/** POST /api/playground/presets: the playground's whole input under a name. */
export const presetBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the preset")
    .max(PLAYGROUND_LIMITS.presetName, `At most ${PLAYGROUND_LIMITS.presetName} characters`),
  modelType: z.enum(PLAYGROUND_MODEL_TYPES),
  input: jsonObject({ bytes: PLAYGROUND_LIMITS.presetBytes }),
  shared: z.boolean().default(false),
});
export type PresetBody = z.infer<typeof presetBodySchema>;

/**
 * POST /api/playground/runs: runs an earlier version kept in the browser's storage, moved into the
 * account's history once. They become the signed-in user's; their figures are as the browser measured.
 */
export const legacyRunsBodySchema = z.object({
  runs: z
    .array(
      z.object({
        at: z.iso.datetime(),
        modelType: z.enum(PLAYGROUND_MODEL_TYPES),
        modelId: z.string().min(1).max(200),
        deploymentId: z.string().min(1).max(200),
        label: z.string().max(PLAYGROUND_LIMITS.label),
        request: jsonObject({ bytes: PLAYGROUND_LIMITS.presetBytes }),
        ok: z.boolean(),
        latencyMs: z.number().int().nonnegative().max(86_400_000).nullable(),
        tokens: z.number().int().nonnegative().nullable(),
        summary: z.string().max(10_000),
        error: z.string().max(10_000).nullable(),
      }),
    )
    .max(50),
});
