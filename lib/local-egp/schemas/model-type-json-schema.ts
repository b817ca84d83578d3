import { z } from "zod";
import { MODEL_TYPE_SCHEMAS } from "./execute";

const open = { type: "object", additionalProperties: true } as const;
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
        request_schema: z.toJSONSchema(pair.request, { io: "input", unrepresentable: "any" }) as Record<
          string,
          unknown
        >,
        response_schema: z.toJSONSchema(pair.response, { io: "output", unrepresentable: "any" }) as Record<
          string,
          unknown
        >,
      }
    : { request_schema: { ...open }, response_schema: { ...open } };
  cache.set(modelType, value);
  return value;
}
