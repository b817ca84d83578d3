import type { ModelTemplate } from "../egp/types";
import type { TemplateRequest } from "../schemas/templates";

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

export const CLI_FILE_NAME = "model-template.json";

type TemplateLike = Pick<ModelTemplate, (typeof CLI_FIELDS)[number]> | TemplateRequest;

/** A template (response or request) as the CLI's model-template.json: no ids, owner or timestamps. */
export function templateToCli(template: TemplateLike): Record<string, unknown> {
  // safe because both shapes carry every CLI field under the same name (optional ones may be absent)
  const source = template as Record<(typeof CLI_FIELDS)[number], unknown>;
  const out: Record<string, unknown> = {};
  for (const field of CLI_FIELDS) {
    const value = source[field];
    if (value !== undefined && value !== null) out[field] = value;
  }
  return out;
}

export function templateToCliJson(template: TemplateLike): string {
  return `${JSON.stringify(templateToCli(template), null, 2)}\n`;
}
