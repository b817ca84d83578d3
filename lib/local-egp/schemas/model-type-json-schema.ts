import { z } from "zod";
import { MODEL_TYPE_SCHEMAS } from "./execute";

const open = { type: "object", additionalProperties: true } as const;

/** Every model in a list carries these schemas: drop `$schema` and zod's ±2^53 integer bounds, which say nothing. */
function lean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(lean);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => {
        if (key === "$schema") return false;
        return !(
          (key === "minimum" || key === "maximum") &&
          Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER
        );
      })
      .map(([key, value]) => [key, lean(value)]),
  );
}
const toSchema = (schema: z.ZodType, io: "input" | "output") =>
  lean(z.toJSONSchema(schema, { io, unrepresentable: "any" })) as Record<string, unknown>;
const cache = new Map<
  string,
  { request_schema: Record<string, unknown>; response_schema: Record<string, unknown> }
>();

/** request_schema/response_schema of a model: the JSON Schema of its type's execute request and response. */
export function modelTypeJsonSchemas(modelType: string) {
  const hit = cache.get(modelType);
  if (hit) return hit;
  const pair = Object.hasOwn(MODEL_TYPE_SCHEMAS, modelType)
    ? MODEL_TYPE_SCHEMAS[modelType as keyof typeof MODEL_TYPE_SCHEMAS]
    : null;
  const value = pair
    ? {
        request_schema: toSchema(pair.request, "input"),
        response_schema: toSchema(pair.response, "output"),
      }
    : { request_schema: { ...open }, response_schema: { ...open } };
  cache.set(modelType, value);
  return value;
}
