import type { ChatModelFunctions, GbnfJsonSchema } from "node-llama-cpp";
import type { ToolDefinition } from "../types";

type JsonObject = Record<string, unknown>;
type Scalar = string | number | boolean | null;

const BASIC_TYPES = ["string", "number", "integer", "boolean", "null"] as const;
type BasicType = (typeof BASIC_TYPES)[number];
const STRING_FORMATS = ["date-time", "date", "time"] as const;
const ANY_SCALAR: GbnfJsonSchema = { type: ["string", "number", "boolean", "null"] };
const MAX_DEPTH = 8;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isBasicType = (value: unknown): value is BasicType => BASIC_TYPES.some((t) => t === value);
const isStringFormat = (value: unknown): value is (typeof STRING_FORMATS)[number] =>
  STRING_FORMATS.some((f) => f === value);
const isScalar = (value: unknown): value is Scalar =>
  value === null || ["string", "number", "boolean"].includes(typeof value);
const withDescription = (schema: GbnfJsonSchema, source: JsonObject): GbnfJsonSchema =>
  typeof source.description === "string" ? { ...schema, description: source.description } : schema;

/**
 * Narrows a tool's JSON Schema to the subset node-llama-cpp turns into a grammar. Keywords it
 * cannot enforce (default, examples, patterns, $ref) are dropped; an unknown shape becomes
 * "any scalar". Note: node-llama-cpp makes every listed property required.
 */
export function toGbnfSchema(schema: unknown, depth = 0): GbnfJsonSchema {
  if (!isObject(schema) || depth > MAX_DEPTH) return ANY_SCALAR;
  if (isScalar(schema.const)) return withDescription({ const: schema.const }, schema);
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every(isScalar)) {
    return withDescription({ enum: schema.enum }, schema);
  }
  const variants = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : null;
  if (variants && variants.length > 0) {
    return withDescription({ oneOf: variants.map((v) => toGbnfSchema(v, depth + 1)) }, schema);
  }
  if (schema.type === "object") {
    const properties = isObject(schema.properties)
      ? Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, toGbnfSchema(v, depth + 1)]))
      : undefined;
    const open = !properties || Object.keys(properties).length === 0;
    return withDescription(
      { type: "object", ...(open ? { additionalProperties: true } : { properties }) },
      schema,
    );
  }
  if (schema.type === "array") {
    return withDescription({ type: "array", items: toGbnfSchema(schema.items, depth + 1) }, schema);
  }
  if (schema.type === "string" && isStringFormat(schema.format)) {
    return withDescription({ type: "string", format: schema.format }, schema);
  }
  if (isBasicType(schema.type)) return withDescription({ type: schema.type }, schema);
  if (Array.isArray(schema.type) && schema.type.length > 0 && schema.type.every(isBasicType)) {
    return withDescription({ type: schema.type }, schema);
  }
  return withDescription(ANY_SCALAR, schema);
}

export function toLlamaFunctions(tools: readonly ToolDefinition[]): ChatModelFunctions {
  return Object.fromEntries(
    tools.map((tool) => [
      tool.name,
      { description: tool.description, params: toGbnfSchema(tool.parameters) },
    ]),
  );
}
