import type { ValidationIssue } from "../http/errors";
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

/** Later sources win; nulls are dropped. Built with a Map so no key can reach a prototype. */
export function mergeParameters(
  ...sources: (Record<string, unknown> | null | undefined)[]
): Record<string, ParamValue> {
  const merged = new Map<string, ParamValue>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {})) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        merged.set(name, value);
    }
  }
  return Object.fromEntries(merged);
}

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

/** A client that sends back the mask on update keeps the stored secret. */
export function unmaskSecrets(
  incoming: Record<string, unknown>,
  stored: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const previous = new Map(Object.entries(stored ?? {}));
  return Object.fromEntries(
    Object.entries(incoming).map(([k, v]) => [k, v === SECRET_MASK && previous.has(k) ? previous.get(k) : v]),
  );
}
