import { z } from "zod";
import { PLAYGROUND_LIMITS } from "../limits";
import { jsonObject } from "./json-field";
import { PLAYGROUND_MODEL_TYPES } from "./playground";

// PostgreSQL text and jsonb cannot hold U+0000; no one types it, so it is refused rather than stored.
const NUL = /\u0000/;
const noNul = (text: string) => !NUL.test(text);
function noNulIn(value: unknown): boolean {
  if (typeof value === "string") return noNul(value);
  if (Array.isArray(value)) return value.every(noNulIn);
  if (value && typeof value === "object") {
    return Object.entries(value).every(([key, item]) => noNul(key) && noNulIn(item));
  }
  return true;
}

/** Ids of saved runs and presets (UUIDs); anything else names nothing. */
export const isStoredId = (id: string) => /^[A-Za-z0-9_-]{1,200}$/.test(id);

/** GET /api/playground/runs: yours or the account's, newest first, optionally searched. */
export const runListQuerySchema = z.object({
  scope: z.enum(["mine", "account"]).default("mine"),
  q: z
    .string()
    .max(PLAYGROUND_LIMITS.search)
    .refine(noNul, "Search text cannot hold a NUL character")
    .optional(),
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
    .max(PLAYGROUND_LIMITS.presetName, `At most ${PLAYGROUND_LIMITS.presetName} characters`)
    .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "A name cannot hold control characters"),
  modelType: z.enum(PLAYGROUND_MODEL_TYPES),
  input: jsonObject({ bytes: PLAYGROUND_LIMITS.presetBytes }).refine(
    noNulIn,
    "The input cannot hold a NUL character",
  ),
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
        modelId: z.string().min(1).max(200).refine(noNul),
        deploymentId: z.string().min(1).max(200).refine(noNul),
        label: z.string().max(PLAYGROUND_LIMITS.label).refine(noNul),
        request: jsonObject({ bytes: PLAYGROUND_LIMITS.presetBytes }).refine(noNulIn),
        ok: z.boolean(),
        latencyMs: z.number().int().nonnegative().max(86_400_000).nullable(),
        tokens: z.number().int().nonnegative().nullable(),
        summary: z.string().max(10_000).refine(noNul),
        error: z.string().max(10_000).refine(noNul).nullable(),
      }),
    )
    .max(50),
});
