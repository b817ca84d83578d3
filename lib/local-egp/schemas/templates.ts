import { z } from "zod";
import { EndpointProtocolSchema, EndpointTypeSchema, ModelTypeSchema, PlainObjectSchema } from "./enums";
import { ParameterSchemaFieldTypeValues } from "@/lib/egp/enums.gen";
import { boundedJson } from "@/lib/schemas/json-field";
import { resourceFields } from "./launch-resources";
import { descriptionString, nameString, settingString } from "./text";

const int = () => z.number().int();

export const ParameterSchemaFieldSchema = z.object({
  name: nameString(),
  type: z.enum(ParameterSchemaFieldTypeValues),
  description: descriptionString()
    .nullish()
    .transform((v) => v ?? ""),
  required: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
export type ParameterSchemaField = z.output<typeof ParameterSchemaFieldSchema>;

export const ParameterSchemaSchema = z
  .object({ parameters: z.array(ParameterSchemaFieldSchema).max(1_000) })
  .superRefine((schema, ctx) => {
    const seen = new Set<string>();
    schema.parameters.forEach((p, i) => {
      if (seen.has(p.name))
        ctx.addIssue({
          code: "custom",
          path: ["parameters", i, "name"],
          message: `Duplicate parameter name "${p.name}"`,
        });
      seen.add(p.name);
    });
  });

export type ParameterSchema = z.output<typeof ParameterSchemaSchema>;

const BundleConfigSchema = z.object({
  registry: settingString(),
  image: settingString(),
  tag: settingString(),
  command: z
    .array(settingString())
    .nullish()
    .transform((v) => v ?? []),
  env: boundedJson(
    z.custom<Record<string, string>>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => typeof x === "string"),
      { message: "Input should be a dictionary of strings" },
    ),
  )
    .nullish()
    .transform((v) => v ?? {}),
  streaming_command: z.array(settingString()).nullish(),
  readiness_initial_delay_seconds: int()
    .nullish()
    .transform((v) => v ?? 120),
  healthcheck_route: z
    .string()
    .nullish()
    .transform((v) => v ?? "/readyz"),
  predict_route: z
    .string()
    .nullish()
    .transform((v) => v ?? "/predict"),
  streaming_predict_route: z
    .string()
    .nullish()
    .transform((v) => v ?? "/generate_streaming"),
});

const EndpointConfigSchema = z.object({
  ...resourceFields,
  endpoint_type: EndpointTypeSchema.nullish().transform((v) => v ?? "ASYNC"),
});

/** The spec's only template vendor is LAUNCH; anything else is refused here, not stored. */
export const TemplateVendorConfigurationSchema = z.object({
  vendor: z
    .enum(["LAUNCH"])
    .nullish()
    .transform((v) => v ?? "LAUNCH"),
  bundle_config: BundleConfigSchema,
  endpoint_config: EndpointConfigSchema.nullish().transform((v) => v ?? EndpointConfigSchema.parse({})),
  fine_tuning_job_bundle_config: PlainObjectSchema.nullish(),
});
export type TemplateVendorConfiguration = z.output<typeof TemplateVendorConfigurationSchema>;

export const TemplateRequestSchema = z.object({
  name: nameString(),
  endpoint_type: EndpointTypeSchema,
  model_type: ModelTypeSchema,
  vendor_configuration: TemplateVendorConfigurationSchema,
  model_creation_parameters_schema: ParameterSchemaSchema.nullish(),
  model_request_parameters_schema: ParameterSchemaSchema.nullish(),
  endpoint_protocol: EndpointProtocolSchema.nullish(),
  account_id: settingString().nullish(),
});
export type TemplateRequest = z.output<typeof TemplateRequestSchema>;

/** scale_egp's update() sends a partial template request. */
export const TemplatePatchSchema = TemplateRequestSchema.partial().omit({ account_id: true });
