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

/**
 * Nested key order: the spec's declaration order of each schema, which is the order the CLI's files
 * (pydantic's dumps) use. `cli-format.test.ts` checks these against lib/egp/openapi.json.
 */
export const NESTED_ORDER = {
  vendor_configuration: ["vendor", "bundle_config", "endpoint_config", "fine_tuning_job_bundle_config"],
  bundle_config: [
    "registry",
    "image",
    "tag",
    "command",
    "env",
    "streaming_command",
    "readiness_initial_delay_seconds",
    "healthcheck_route",
    "predict_route",
    "streaming_predict_route",
  ],
  endpoint_config: [
    "cpus",
    "memory",
    "storage",
    "gpus",
    "gpu_type",
    "min_workers",
    "max_workers",
    "per_worker",
    "endpoint_type",
    "high_priority",
  ],
  fine_tuning_job_bundle_config: [
    "registry",
    "image",
    "tag",
    "command",
    "env",
    "mount_location",
    "training_dataset_schema_type",
    "resources",
  ],
  parameter: ["name", "type", "description", "required"],
} as const;

/**
 * Values the API fills in when a file leaves them out (routes, flags, an empty command). An export
 * leaves them out again, so the file holds what its author wrote. Sizing (cpus, memory, workers) and
 * the readiness delay are kept: the CLI's own files write them out.
 */
const INJECTED: Partial<Record<keyof typeof NESTED_ORDER, Record<string, unknown>>> = {
  bundle_config: {
    command: [],
    healthcheck_route: "/readyz",
    predict_route: "/predict",
    streaming_predict_route: "/generate_streaming",
  },
  endpoint_config: { endpoint_type: "ASYNC", high_priority: false },
  fine_tuning_job_bundle_config: { mount_location: "/workspace/launch_specific/config.json" },
};

export const CLI_FILE_NAME = "model-template.json";

type TemplateLike = Pick<ModelTemplate, (typeof CLI_FIELDS)[number]> | TemplateRequest;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `value`'s keys in `order` first, then any others as they came; injected defaults and nulls dropped. */
function ordered(value: Json, order: readonly string[], injected: Json = {}): Json {
  const keys = [
    ...order.filter((key) => Object.hasOwn(value, key)),
    ...Object.keys(value).filter((key) => !order.includes(key)),
  ];
  const out: Json = {};
  for (const key of keys) {
    const field = value[key];
    if (field === undefined || field === null) continue;
    if (Object.hasOwn(injected, key) && same(field, injected[key])) continue;
    out[key] = field;
  }
  return out;
}

function orderedSchema(schema: unknown): unknown {
  if (!isObject(schema) || !Array.isArray(schema.parameters)) return schema;
  return {
    ...schema,
    parameters: schema.parameters.map((p: unknown) => (isObject(p) ? ordered(p, NESTED_ORDER.parameter) : p)),
  };
}

function orderedVendor(vendor: unknown): unknown {
  if (!isObject(vendor)) return vendor;
  const top = ordered(vendor, NESTED_ORDER.vendor_configuration);
  for (const part of ["bundle_config", "endpoint_config", "fine_tuning_job_bundle_config"] as const) {
    if (isObject(top[part])) top[part] = ordered(top[part], NESTED_ORDER[part], INJECTED[part]);
  }
  return top;
}

/** A template (response or request) as the CLI's model-template.json: no ids, owner or timestamps. */
export function templateToCli(template: TemplateLike): Json {
  // safe because both shapes carry every CLI field under the same name (optional ones may be absent)
  const source = template as Record<(typeof CLI_FIELDS)[number], unknown>;
  const out: Json = {};
  for (const field of CLI_FIELDS) {
    const value = source[field];
    if (value === undefined || value === null) continue;
    if (field === "vendor_configuration") out[field] = orderedVendor(value);
    else if (field.endsWith("_parameters_schema")) out[field] = orderedSchema(value);
    else out[field] = value;
  }
  return out;
}

export function templateToCliJson(template: TemplateLike): string {
  return `${JSON.stringify(templateToCli(template), null, 2)}\n`;
}
