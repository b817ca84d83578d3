import type { JsonSchemaProperty } from "./parameter-schema";

/** The flat object schema that toParameterFormModel produces (and all this validator understands). */
export type FlatObjectSchema = {
  type?: unknown;
  properties?: Record<string, Partial<JsonSchemaProperty>>;
  required?: readonly string[];
};

/** Shaped like an RJSF validation error, so the form can show it without translation. */
export type FlatValidationError = {
  name: "required" | "type";
  property: string;
  message: string;
  params: Record<string, unknown>;
  stack: string;
  schemaPath: string;
};

const TYPE_CHECK: Record<JsonSchemaProperty["type"], (value: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  integer: (v) => typeof v === "number" && Number.isInteger(v),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
};

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/**
 * Checks parameter values without compiling code: the console's Content-Security-Policy has no
 * 'unsafe-eval', which ajv needs (it builds validators with `new Function`).
 */
export function validateFlatObject(schema: FlatObjectSchema, data: unknown): FlatValidationError[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [
      {
        name: "type",
        property: "",
        message: "must be object",
        params: { type: "object" },
        stack: "must be object",
        schemaPath: "#/type",
      },
    ];
  }
  const values = new Map(Object.entries(data));
  const errors: FlatValidationError[] = [];
  for (const key of schema.required ?? []) {
    if (!isEmpty(values.get(key))) continue;
    const message = `must have required property '${key}'`;
    errors.push({
      name: "required",
      property: `.${key}`,
      message,
      params: { missingProperty: key },
      stack: message,
      schemaPath: "#/required",
    });
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const value = values.get(key);
    const type = property.type;
    if (isEmpty(value) || !type || TYPE_CHECK[type](value)) continue;
    const message = `must be ${type}`;
    errors.push({
      name: "type",
      property: `.${key}`,
      message,
      params: { type },
      stack: `.${key} ${message}`,
      schemaPath: `#/properties/${key}/type`,
    });
  }
  return errors;
}
