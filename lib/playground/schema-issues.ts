import type { ErrorObject } from "ajv";
import type { RequestIssue } from "./request-issue";

type Node = Record<string, unknown>;
const BOUND_KEYWORDS = new Set(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]);
const ARTICLE: Record<string, string> = {
  integer: "a whole number",
  number: "a number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** "must be between 0 and 2" from the schema's bounds; an integer's exclusive bound becomes inclusive. */
function boundsMessage(schema: Node): string {
  const int = schema.type === "integer";
  // zod writes ±2^53 on every integer: a bound that says nothing.
  const num = (key: string) => {
    const value = schema[key];
    return typeof value === "number" && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
  };
  let min = num("minimum");
  let max = num("maximum");
  let above = num("exclusiveMinimum");
  let below = num("exclusiveMaximum");
  if (int && above !== undefined) [min, above] = [Math.floor(above) + 1, undefined];
  if (int && below !== undefined) [max, below] = [Math.ceil(below) - 1, undefined];
  const low = min !== undefined ? `at least ${min}` : above !== undefined ? `greater than ${above}` : null;
  const high = max !== undefined ? `at most ${max}` : below !== undefined ? `less than ${below}` : null;
  if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
  if (low && high) return `must be ${low} and ${high}`;
  return `must be ${low ?? high ?? "in range"}`;
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (BOUND_KEYWORDS.has(error.keyword) && error.parentSchema)
    return boundsMessage(error.parentSchema as Node);
  if (error.keyword === "type" && typeof params.type === "string" && ARTICLE[params.type])
    return `must be ${ARTICLE[params.type]}`;
  if (error.keyword === "maxItems") return `can have at most ${params.limit} items`;
  if (error.keyword === "minItems")
    return `needs at least ${params.limit} item${params.limit === 1 ? "" : "s"}`;
  if (error.keyword === "minLength" && params.limit === 1) return "must not be empty";
  if (error.keyword === "enum" && Array.isArray(params.allowedValues))
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return error.message ?? "is not valid";
}

/**
 * ajv's errors (compiled with `verbose`) as one plain message per problem. A nullable field is an
 * `anyOf` of its type and null, which fails three ways at once ("must be <= 2", "must be null",
 * "must match a schema in anyOf"); that becomes the non-null branch's message alone.
 */
export function schemaIssues(errors: readonly ErrorObject[]): RequestIssue[] {
  const anyOfs = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const inside = (e: ErrorObject, parent: ErrorObject) =>
    e !== parent &&
    e.instancePath === parent.instancePath &&
    e.schemaPath.startsWith(`${parent.schemaPath}/`);
  const issues: RequestIssue[] = [];
  for (const error of errors) {
    if (anyOfs.some((parent) => inside(error, parent))) continue;
    const params = error.params as Record<string, unknown>;
    const path = pathOf(error);
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      const branch = errors.filter((e) => inside(e, error));
      const best =
        branch.find((e) => e.keyword !== "type") ??
        branch.find((e) => (e.params as { type?: unknown }).type !== "null");
      issues.push({ path, message: best ? messageOf(best) : "is not valid" });
    } else if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
      issues.push({
        path: [...path, params.additionalProperty],
        message: "is not allowed by the model's request schema",
      });
    } else if (error.keyword === "required" && typeof params.missingProperty === "string") {
      issues.push({ path: [...path, params.missingProperty], message: "is required" });
    } else {
      issues.push({ path, message: messageOf(error) });
    }
  }
  return issues;
}
