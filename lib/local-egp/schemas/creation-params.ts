import type { ValidationIssue } from "../domain/errors";
import type { ParameterSchemaField } from "./templates";

type ParamValue = string | number | boolean;

function typeError(field: ParameterSchemaField, value: unknown): string | null {
  switch (field.type) {
    case "str":
      return typeof value === "string" ? null : "Input should be a valid string";
    case "int":
      return typeof value === "number" && Number.isInteger(value) ? null : "Input should be a valid integer";
    case "float":
      return typeof value === "number" && Number.isFinite(value) ? null : "Input should be a valid number";
    case "bool":
      return typeof value === "boolean" ? null : "Input should be a valid boolean";
  }
}

/**
 * Checks creation parameters against a template's ParameterSchema (required, types, no unknown keys).
 * Names are looked up in a Map and read with Object.entries, so "__proto__" or "constructor" are ordinary names.
 */
export function validateCreationParameters(
  fields: ParameterSchemaField[],
  params: Record<string, unknown> | null | undefined,
  loc: (string | number)[] = ["body", "model_creation_parameters"],
): ValidationIssue[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const given = new Map<string, unknown>(Object.entries(params ?? {}));
  const issues: ValidationIssue[] = [];
  for (const field of fields) {
    const value = given.get(field.name);
    if (value === undefined || value === null) {
      if (field.required) issues.push({ loc: [...loc, field.name], msg: "Field required", type: "missing" });
      continue;
    }
    const error = typeError(field, value);
    if (error) issues.push({ loc: [...loc, field.name], msg: error, type: `${field.type}_type` });
  }
  for (const name of given.keys()) {
    if (!byName.has(name)) {
      issues.push({ loc: [...loc, name], msg: "Extra inputs are not permitted", type: "extra_forbidden" });
    }
  }
  return issues;
}

/**
 * The one layering of parameters (template env, then model, then deployment): a later layer's value
 * wins, and a null (or absent) key inherits the value below it rather than unsetting it. The engine
 * is configured this way, so the checks of a write (required fields, outbound URLs and secrets)
 * layer the same way: they judge what the engine will get. Null as "unset" would have had to change
 * how every existing deployment's engine is configured; null as "inherit" only lets a request through
 * that the engine already served. Built with a Map so no key can reach a prototype.
 */
export function layerParameters(...sources: (Record<string, unknown> | null | undefined)[]) {
  const merged = new Map<string, unknown>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {})) {
      if (value !== null && value !== undefined) merged.set(name, value);
    }
  }
  return Object.fromEntries(merged);
}

/** The engine's configuration: layerParameters, keeping the values an engine setting can hold. */
export function mergeParameters(
  ...sources: (Record<string, unknown> | null | undefined)[]
): Record<string, ParamValue> {
  const isValue = (v: unknown): v is ParamValue =>
    typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  const kept = sources.map((source) =>
    Object.fromEntries(Object.entries(source ?? {}).filter(([, value]) => isValue(value))),
  );
  return layerParameters(...kept) as Record<string, ParamValue>;
}

/**
 * Who set each secret-named key of a model's or deployment's parameters, kept beside them in the
 * resource's body and never returned: a secret moves to a new URL only with its setter's level.
 */
export type SecretSetters = Record<string, { level: "admin" | "member" | "viewer"; user_id: string }>;

export const SECRET_MASK = "********";
const SECRET_NAME = /(^|_)(API_?KEY|SECRET|TOKEN|PASSWORD)$/i;
export const isSecretName = (name: string) => SECRET_NAME.test(name);

/** Secrets such as API_KEY are stored but never echoed back. */
export function maskSecrets(
  params: Record<string, unknown> | null | undefined,
): Record<string, unknown> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, isSecretName(k) && v != null ? SECRET_MASK : v]),
  );
}

/**
 * A client that sends back the mask keeps the stored secret (`kept` names those keys); a mask with
 * nothing stored behind it is dropped, so the placeholder is never used as a secret's value.
 */
export function resolveMasks(
  incoming: Record<string, unknown>,
  stored: Record<string, unknown> | null | undefined,
): { params: Record<string, unknown>; kept: Set<string> } {
  const previous = new Map(Object.entries(stored ?? {}));
  const kept = new Set<string>();
  const params = new Map<string, unknown>();
  for (const [key, value] of Object.entries(incoming)) {
    if (value !== SECRET_MASK || !isSecretName(key)) params.set(key, value);
    else if (previous.get(key) != null) {
      params.set(key, previous.get(key));
      kept.add(key);
    }
  }
  return { params: Object.fromEntries(params), kept };
}

export const unmaskSecrets = (
  incoming: Record<string, unknown>,
  stored: Record<string, unknown> | null | undefined,
) => resolveMasks(incoming, stored).params;

/** Stored layers written before masks were resolved may hold the placeholder: it never reaches an engine. */
export function withoutMasks(params: Record<string, unknown> | null | undefined) {
  if (!params) return params;
  return Object.fromEntries(
    Object.entries(params).filter(([key, value]) => !(value === SECRET_MASK && isSecretName(key))),
  );
}
