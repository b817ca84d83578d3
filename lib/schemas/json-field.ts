import { z } from "zod";
import { JSON_FIELD_LIMITS, type JsonLimits } from "../limits";
import { inspectJson } from "../limits/json-shape";

type Options = Partial<JsonLimits> & { message?: string };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Adds an issue naming the limit when `value` is too deep, too large, has too many keys or lone surrogates. */
function checkLimits(value: unknown, ctx: z.core.$RefinementCtx, limits: Partial<JsonLimits>) {
  const problem = inspectJson(value, { ...JSON_FIELD_LIMITS, ...limits });
  if (problem)
    ctx.addIssue({
      code: "custom",
      path: problem.path,
      message: problem.msg,
      params: { type: problem.type },
    });
}

/**
 * A free-form JSON object (metadata, creation parameters, kwargs), bounded in nesting, size and key
 * count so that no single record can make the lists that serialise it fail. Keys are kept as own
 * properties ("__proto__" included), which z.record would not do.
 */
export function jsonObject({ message = "Input should be a valid dictionary", ...limits }: Options = {}) {
  return z
    .custom<Record<string, unknown>>(isPlainObject, { message })
    .superRefine((value, ctx) => checkLimits(value, ctx, limits));
}

/** Any JSON value, bounded like jsonObject. */
export function jsonValue(limits: Partial<JsonLimits> = {}) {
  return z.unknown().superRefine((value, ctx) => checkLimits(value, ctx, limits));
}

/** Bounds the input of a structured schema too: z.object drops unknown keys, but only after reading them. */
export const boundedJson = <S extends z.ZodType>(schema: S, limits: Partial<JsonLimits> = {}) =>
  jsonValue(limits).pipe(schema);
