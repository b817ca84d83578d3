import spec from "@/lib/egp/openapi.json";

/**
 * Request bodies generated from the spec's request schemas: every property present, each with a value
 * its schema allows (the default where there is one, the first branch of a union, the first enum value,
 * booleans false so nothing streams), ids left out. A server that accepts every spec-valid request
 * accepts these.
 */

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
};

const schemas = spec.components.schemas as unknown as Record<string, Schema>;
const MAX_DEPTH = 8;

function resolve(schema: Schema): Schema {
  let s = schema;
  while (s.$ref) s = schemas[s.$ref.replace("#/components/schemas/", "")] ?? {};
  return s;
}

const isNull = (s: Schema) => resolve(s).type === "null";

function number(s: Schema, integer: boolean): number {
  const min = (s.minimum as number | undefined) ?? ((s.exclusiveMinimum as number | undefined) ?? 0) + 1;
  const max = s.maximum as number | undefined;
  const value = integer ? Math.ceil(min) : min;
  return max !== undefined && value > max ? max : value;
}

/** A value `schema` allows with every optional property filled in (to `MAX_DEPTH` levels). */
export function fullValue(input: Schema, depth = 0): unknown {
  const s = resolve(input);
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined && (typeof s.default !== "object" || s.default === null)) return s.default;
  if (s.enum) return s.enum[0];
  const union = s.anyOf ?? s.oneOf;
  if (union) {
    const branch = union.find((b) => !isNull(b)) ?? union[0];
    return fullValue(branch, depth);
  }
  if (s.allOf) return fullValue(s.allOf[0], depth);
  switch (s.type) {
    case "object": {
      if (!s.properties || depth >= MAX_DEPTH) return {};
      // Ids (`…_id`) name other resources: a made-up one is a reference error, not a shape test.
      return Object.fromEntries(
        Object.entries(s.properties)
          .filter(([key]) => !key.endsWith("_id"))
          .map(([key, prop]) => [key, fullValue(prop, depth + 1)]),
      );
    }
    case "array": {
      if (s.prefixItems) return s.prefixItems.map((item) => fullValue(item, depth + 1));
      if (!s.items || depth >= MAX_DEPTH) return [];
      const count = Math.max(1, (s.minItems as number | undefined) ?? 1);
      return Array.from({ length: count }, () => fullValue(s.items!, depth + 1));
    }
    case "string":
      if (s.format === "date-time") return "2026-01-01T00:00:00Z";
      return "x".repeat(Math.max(1, (s.minLength as number | undefined) ?? 1));
    case "integer":
      return number(s, true);
    case "number":
      return number(s, false);
    case "boolean":
      return false;
    default:
      return {};
  }
}

/** `base` with `over`'s values laid on it: objects merge key by key, anything else `over` replaces. */
export function overlay(base: unknown, over: unknown): unknown {
  const plain = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!plain(base) || !plain(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = overlay(base[key], value);
  return out;
}
