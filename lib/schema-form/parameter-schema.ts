import type { ApiErrorDetail } from "../api/errors";
import { ParameterSchemaFieldTypeValues } from "../egp/enums.gen";
import type { components } from "../egp/schema.gen";

export type ParameterType = components["schemas"]["ParameterSchemaField"]["type"];

/** An EGP ParameterSchemaField, loosely typed: a template being edited may be half-written. */
export type ParameterFieldInput = {
  name?: unknown;
  type?: unknown;
  description?: unknown;
  required?: unknown;
};
export type ParameterSchemaInput = { parameters?: readonly ParameterFieldInput[] | null } | null | undefined;

/** One form field: `key` is the safe internal property name, `name` the EGP parameter name, verbatim. */
export type ParameterFormField = {
  key: string;
  name: string;
  type: ParameterType;
  description: string;
  required: boolean;
};

export type JsonSchemaProperty = {
  type: "string" | "integer" | "number" | "boolean";
  title: string;
  description?: string;
  default?: boolean;
};

export type ParameterFormModel = {
  fields: ParameterFormField[];
  jsonSchema: {
    type: "object";
    properties: Record<string, JsonSchemaProperty>;
    required: string[];
    additionalProperties: false;
  };
  uiSchema: Record<string, Record<string, unknown>>;
};

const JSON_TYPE: Record<ParameterType, JsonSchemaProperty["type"]> = {
  str: "string",
  int: "integer",
  float: "number",
  bool: "boolean",
};

const isParameterType = (value: unknown): value is ParameterType =>
  (ParameterSchemaFieldTypeValues as readonly unknown[]).includes(value);

/**
 * Maps an EGP ParameterSchema onto a JSON Schema whose property names are `p0`, `p1`, …
 * Names such as "__proto__", "a.b", "0" or "my field" would otherwise break RJSF's ids, ajv's
 * property maps or plain-object lookups; the verbatim name is shown as the field's title.
 * Fields without a name are skipped; a repeated name keeps its first field.
 */
export function toParameterFormModel(schema: ParameterSchemaInput): ParameterFormModel {
  const seen = new Set<string>();
  const fields: ParameterFormField[] = [];
  for (const raw of schema?.parameters ?? []) {
    if (typeof raw?.name !== "string" || raw.name === "" || seen.has(raw.name)) continue;
    seen.add(raw.name);
    fields.push({
      key: `p${fields.length}`,
      name: raw.name,
      type: isParameterType(raw.type) ? raw.type : "str",
      description: typeof raw.description === "string" ? raw.description : "",
      required: raw.required === true,
    });
  }
  const properties: Record<string, JsonSchemaProperty> = {};
  const uiSchema: Record<string, Record<string, unknown>> = {};
  for (const field of fields) {
    properties[field.key] = {
      type: JSON_TYPE[field.type],
      title: field.name,
      ...(field.description ? { description: field.description } : {}),
      // An unticked box is a value, not a missing one.
      ...(field.type === "bool" && field.required ? { default: false } : {}),
    };
    uiSchema[field.key] = field.type === "bool" ? { "ui:widget": "checkbox" } : {};
  }
  return {
    fields,
    jsonSchema: {
      type: "object",
      properties,
      required: fields.filter((f) => f.required).map((f) => f.key),
      additionalProperties: false,
    },
    uiSchema,
  };
}

/** Reads a user-keyed record by own properties only, so "__proto__" or "constructor" never hit the prototype. */
export function ownValue(
  record: Readonly<Record<string, unknown>> | null | undefined,
  name: string,
): unknown {
  if (!record || !Object.prototype.hasOwnProperty.call(record, name)) return undefined;
  return Object.getOwnPropertyDescriptor(record, name)?.value;
}

/** EGP-named values → the form's internal `p<n>` data. Unknown names are dropped. */
export function toFormData(
  model: ParameterFormModel,
  values: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of model.fields) {
    const value = ownValue(values, field.name);
    if (value !== undefined && value !== null) data[field.key] = value;
  }
  return data;
}

/**
 * The form's internal data → EGP-named values. Built with Object.fromEntries (own data properties),
 * so a parameter called "__proto__" is an ordinary key that JSON.stringify sends.
 */
export function fromFormData(
  model: ParameterFormModel,
  data: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const field of model.fields) {
    const value = ownValue(data, field.key);
    if (value === undefined || value === null || (field.type !== "str" && value === "")) continue;
    entries.push([field.name, value]);
  }
  return Object.fromEntries(entries);
}

export type MappedErrors = {
  /** Messages per internal key. */
  byKey: Map<string, string[]>;
  /** Messages that name no field of the form (e.g. an unknown parameter), prefixed with the name. */
  general: string[];
};

/** Server errors whose paths are relative to the parameters object → messages on the fields they name. */
export function mapParameterErrors(
  model: ParameterFormModel,
  details: readonly ApiErrorDetail[] = [],
): MappedErrors {
  const keyOf = new Map(model.fields.map((f) => [f.name, f.key]));
  const byKey = new Map<string, string[]>();
  const general: string[] = [];
  for (const detail of details) {
    const name = detail.path[0];
    const key = name === undefined ? undefined : keyOf.get(String(name));
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), detail.message]);
    else general.push(name === undefined ? detail.message : `${String(name)}: ${detail.message}`);
  }
  return { byKey, general };
}
