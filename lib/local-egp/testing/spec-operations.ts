import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import spec from "@/lib/egp/openapi.json";

/** The models subset spec's operations, and what is wrong with a request or an answer for one of them. */

type Method = "get" | "post" | "put" | "patch" | "delete";
type Parameter = { name: string; in: string; required?: boolean; schema?: unknown };
export type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const paths = spec.paths as unknown as Record<string, Partial<Record<Method, Operation>>>;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: "spec", components: spec.components });

/** Inline operation schemas point at "#/components/…" of the document; make them absolute. */
function absolute(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'));
}

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: unknown): ValidateFunction {
  let v = compiled.get(key);
  if (!v) compiled.set(key, (v = ajv.compile(absolute(schema) as object)));
  return v;
}

function errorsOf(v: ValidateFunction, value: unknown): string[] {
  if (v(value)) return [];
  return (v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`.trim());
}

export type OperationKey = `${Uppercase<Method>} ${string}`;

/**
 * What is wrong with a query for the operation's query parameters: a name the spec does not list, a
 * missing required one, a value no reading of the string fits (as text, a number, a boolean, or a
 * comma-joined array, as the SDKs send arrays).
 */
export function queryProblems(op: OperationKey, query: Record<string, string>): string[] {
  const params = (operationAt(op)?.parameters ?? []).filter((p) => p.in === "query");
  const problems: string[] = [];
  for (const p of params)
    if (p.required && !Object.hasOwn(query, p.name)) problems.push(`query ${p.name} is required`);
  for (const [name, value] of Object.entries(query)) {
    const param = params.find((p) => p.name === name);
    if (!param) {
      problems.push(`query ${name} is not a parameter of ${op}`);
      continue;
    }
    const v = validator(`${op} query ${name}`, param.schema ?? {});
    const readings: unknown[] = [value, value.split(",")];
    if (value.trim() !== "" && !Number.isNaN(Number(value))) readings.push(Number(value));
    if (value === "true" || value === "false") readings.push(value === "true");
    if (!readings.some((r) => v(r))) problems.push(`query ${name}=${value} does not fit its schema`);
  }
  return problems;
}

/** The body with its null-valued keys left out, as a server that reads null as absent sees it. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/**
 * What is wrong with a JSON body for the operation's request schema (empty when valid or bodiless).
 * `nullsAsAbsent`: the spec types optional fields without null, yet the SDKs send explicit nulls for
 * them (pydantic `.dict()`), which the server reads as absent; such a body is checked without them.
 */
export function requestBodyProblems(
  op: OperationKey,
  body: unknown,
  opts: { nullsAsAbsent?: boolean } = {},
): string[] {
  const content = operationAt(op)?.requestBody?.content["application/json"];
  if (!content) return body === undefined ? [] : [`${op} takes no JSON body`];
  return errorsOf(validator(`${op} request`, content.schema), opts.nullsAsAbsent ? withoutNulls(body) : body);
}

/**
 * The spec operation a concrete call is, or null for a route the spec does not list. Where templates
 * overlap (`/v4/models/{id}` and `/v4/models/{id}/embeddings`) the one with more literal segments wins.
 */
export function operationOf(method: string, path: string): OperationKey | null {
  const segments = path.split("?")[0].split("/");
  let best: { key: OperationKey; literals: number } | null = null;
  for (const [template, ops] of Object.entries(paths)) {
    if (!ops[method.toLowerCase() as Method]) continue;
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    const fits = parts.every((part, i) => part.startsWith("{") || part === segments[i]);
    if (!fits) continue;
    const literals = parts.filter((part) => !part.startsWith("{")).length;
    if (!best || literals > best.literals)
      best = { key: `${method.toUpperCase()} ${template}` as OperationKey, literals };
  }
  return best?.key ?? null;
}

/** Every operation of the spec, as "METHOD /path/{param}". */
export function specOperations(): OperationKey[] {
  const out: OperationKey[] = [];
  for (const [path, ops] of Object.entries(paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"] as const) {
      if (ops[method]) out.push(`${method.toUpperCase() as Uppercase<Method>} ${path}`);
    }
  }
  return out;
}

export function splitOperation(op: OperationKey): [Method, string] {
  const [method, path] = op.split(" ");
  return [method.toLowerCase() as Method, path];
}

/** The operation's definition in the spec, or undefined for a key it does not list. */
export function operationAt(op: OperationKey): Operation | undefined {
  const [method, template] = splitOperation(op);
  return paths[template]?.[method];
}

/** What is wrong with `value` for `schema` (a validator compiled once per `key`). */
export function schemaProblems(key: string, schema: unknown, value: unknown): string[] {
  return errorsOf(validator(key, schema), value);
}

export function responseSchema(op: Operation, status: number): unknown | undefined | null {
  const entry = op.responses[String(status)];
  if (!entry) return null; // a status the spec does not name
  const content = entry.content?.["application/json"];
  return content ? content.schema : undefined; // undefined: no body to check (204, or non-JSON)
}
