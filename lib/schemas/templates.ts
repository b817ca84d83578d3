import { z } from "zod";
import { boundedJson, jsonObject } from "./json-field";
import {
  GPUTypeValues,
  LaunchEndpointProtocolValues,
  ModelEndpointTypeValues,
  ModelTypeValues,
  ParameterSchemaFieldTypeValues,
} from "../egp/enums.gen";
import type { components } from "../egp/schema.gen";

type Schemas = components["schemas"];

/** The body of POST /api/templates and the CLI's model-template.json: a ModelTemplateRequest without account_id. */

/** The spec allows LAUNCH only. */
export const TEMPLATE_VENDORS = ["LAUNCH"] as const satisfies readonly Schemas["ModelVendor"][];
/** Older CLI files (and the seed docs' JSON) say LLMENGINE for the same platform: read as LAUNCH. */
const LEGACY_VENDORS = ["LLMENGINE"] as const;

/** Spec defaults (ModelBundleConfiguration, CreateModelEndpointConfig). */
export const BUNDLE_DEFAULTS = {
  readiness_initial_delay_seconds: 120,
  healthcheck_route: "/readyz",
  predict_route: "/predict",
  streaming_predict_route: "/generate_streaming",
} as const;
export const ENDPOINT_DEFAULTS = {
  cpus: 3,
  memory: "8Gi",
  storage: "16Gi",
  gpus: 0,
  min_workers: 0,
  max_workers: 1,
  per_worker: 10,
  endpoint_type: "ASYNC",
  high_priority: false,
} as const;

/** Kubernetes resource quantity as Launch takes it: 8Gi, 512Mi, 1.5G, 1000. */
export const QUANTITY_PATTERN = /^\d+(\.\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;

/** null and undefined both mean "not set" (scale_egp sends explicit nulls). */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  schema.nullish().transform((v) => (v ?? fallback) as z.output<T>);

const wholeNumber = (min = 0) =>
  z
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(min, min === 0 ? "Must be 0 or more." : `Must be ${min} or more.`);

const required = (what: string) => z.string({ error: `Enter ${what}.` }).min(1, `Enter ${what}.`);

const trimmedName = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .min(1, `Enter ${what}.`)
    .max(200, "Keep it under 200 characters.")
    .refine((v) => v.trim() === v, "Remove the spaces at the start or end.");

const route = z.string().regex(/^\//, "Start the route with /.");
const quantity = z.string().regex(QUANTITY_PATTERN, "Use a quantity such as 8Gi, 512Mi or 16G.");
const argument = z.string().min(1, "Remove the empty argument.");

/** Env is a dictionary whose keys may be anything ("__proto__" included), so it is checked by hand, not z.record. */
export const envSchema = boundedJson(
  z.custom<Record<string, string>>((v) => typeof v === "object" && v !== null && !Array.isArray(v), {
    message: "Env should be an object of strings.",
  }),
).superRefine((env, ctx) => {
  for (const [key, value] of Object.entries(env)) {
    if (key.trim() === "" || key.trim() !== key)
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: "Env names cannot be empty or start/end with spaces.",
      });
    if (typeof value !== "string")
      ctx.addIssue({ code: "custom", path: [key], message: "Env values are strings." });
  }
});

export const parameterFieldSchema = z.strictObject({
  name: z
    .string({ error: "Name the parameter." })
    .min(1, "Name the parameter.")
    .refine((v) => v.trim() === v, "Remove the spaces at the start or end."),
  type: z.enum(ParameterSchemaFieldTypeValues, { error: "Choose str, int, float or bool." }),
  description: withDefault(z.string(), ""),
  required: withDefault(z.boolean({ error: "Required is true or false." }), false),
});

export const parameterSchemaSchema = z
  .strictObject({ parameters: z.array(parameterFieldSchema) })
  .superRefine(({ parameters }, ctx) => {
    const seen = new Set<string>();
    parameters.forEach((p, i) => {
      if (seen.has(p.name))
        ctx.addIssue({
          code: "custom",
          path: ["parameters", i, "name"],
          message: `"${p.name}" is used twice.`,
        });
      seen.add(p.name);
    });
  });

export const bundleConfigSchema = z.strictObject({
  registry: required("a registry"),
  image: required("an image"),
  tag: required("a tag"),
  command: withDefault(z.array(argument), []),
  env: withDefault(envSchema, {}),
  streaming_command: optional(z.array(argument)),
  readiness_initial_delay_seconds: withDefault(
    wholeNumber(),
    BUNDLE_DEFAULTS.readiness_initial_delay_seconds,
  ),
  healthcheck_route: withDefault(route, BUNDLE_DEFAULTS.healthcheck_route),
  predict_route: withDefault(route, BUNDLE_DEFAULTS.predict_route),
  streaming_predict_route: withDefault(route, BUNDLE_DEFAULTS.streaming_predict_route),
});

export const endpointConfigSchema = z
  .strictObject({
    cpus: withDefault(wholeNumber(1), ENDPOINT_DEFAULTS.cpus),
    memory: withDefault(quantity, ENDPOINT_DEFAULTS.memory),
    storage: withDefault(quantity, ENDPOINT_DEFAULTS.storage),
    gpus: withDefault(wholeNumber(), ENDPOINT_DEFAULTS.gpus),
    gpu_type: optional(z.enum(GPUTypeValues, { error: "Choose a GPU type from the list." })),
    min_workers: withDefault(wholeNumber(), ENDPOINT_DEFAULTS.min_workers),
    max_workers: withDefault(wholeNumber(), ENDPOINT_DEFAULTS.max_workers),
    per_worker: withDefault(wholeNumber(1), ENDPOINT_DEFAULTS.per_worker),
    endpoint_type: withDefault(z.enum(ModelEndpointTypeValues), ENDPOINT_DEFAULTS.endpoint_type),
    high_priority: withDefault(z.boolean(), ENDPOINT_DEFAULTS.high_priority),
  })
  .refine((config) => config.min_workers <= config.max_workers, {
    path: ["max_workers"],
    message: "Max workers must be at least min workers.",
    // Also checked when other fields are wrong, so every problem shows at once.
    when: ({ value }) => {
      const config = value as { min_workers?: unknown; max_workers?: unknown };
      return Number.isInteger(config.min_workers) && Number.isInteger(config.max_workers);
    },
  });

export const vendorConfigurationSchema = z.strictObject({
  vendor: withDefault(
    z
      .enum([...TEMPLATE_VENDORS, ...LEGACY_VENDORS], { error: "Vendor is LAUNCH." })
      .transform((): TemplateVendor => "LAUNCH"),
    "LAUNCH",
  ),
  bundle_config: bundleConfigSchema,
  endpoint_config: withDefault(endpointConfigSchema, endpointConfigSchema.parse({})),
  // Kept as given (the console does not edit it); a record schema would drop odd keys such as "__proto__".
  fine_tuning_job_bundle_config: optional(jsonObject({ message: "Should be an object." })),
});

export const templateRequestSchema = z.strictObject({
  name: trimmedName("a template name"),
  endpoint_type: z.enum(ModelEndpointTypeValues, { error: "Choose an endpoint type." }),
  model_type: z.enum(ModelTypeValues, { error: "Choose a model type." }),
  endpoint_protocol: optional(z.enum(LaunchEndpointProtocolValues, { error: "Choose SGP, COHERE or VLLM." })),
  vendor_configuration: vendorConfigurationSchema,
  model_creation_parameters_schema: optional(parameterSchemaSchema),
  model_request_parameters_schema: optional(parameterSchemaSchema),
});

export type TemplateRequestInput = z.input<typeof templateRequestSchema>;
export type TemplateRequest = z.output<typeof templateRequestSchema>;
export type TemplateParameter = z.output<typeof parameterFieldSchema>;
export type ParameterType = Schemas["ParameterSchemaField"]["type"];
export type EndpointType = Schemas["ModelEndpointType"];
export type EndpointProtocol = Schemas["LaunchEndpointProtocol"];
export type TemplateVendor = (typeof TEMPLATE_VENDORS)[number];
export type GpuType = Schemas["GPUType"];
