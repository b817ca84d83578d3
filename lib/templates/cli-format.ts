import type { ModelTemplate } from "../egp/types";

/** The request fields of a template, in the order the EGP CLI's model-template.json lists them. */
const CLI_FIELDS = [
  "name",
  "endpoint_type",
  "model_type",
  "endpoint_protocol",
  "vendor_configuration",
  "model_creation_parameters_schema",
  "model_request_parameters_schema",
] as const;

/** A template as the CLI's model-template.json: the request without ids, owner or timestamps. */
export function templateToCli(template: ModelTemplate): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of CLI_FIELDS) {
    const value = template[field];
    if (value !== undefined && value !== null) out[field] = value;
  }
  return out;
}

export function templateToCliJson(template: ModelTemplate): string {
  return `${JSON.stringify(templateToCli(template), null, 2)}\n`;
}
