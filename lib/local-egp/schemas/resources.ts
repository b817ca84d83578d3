import { z } from "zod";
import { ModelTypeSchema, ModelVendorSchema, PlainObjectSchema } from "./enums";
import { resourceFields, withDefault, workerFields } from "./launch-resources";

const int = () => z.number().int();
const optString = () => z.string().nullish();

const BaseModelMetadataSchema = z.object({
  ui_model_section_type: z.enum(["PARTNER", "OPENSOURCE", "CUSTOM"]).nullish(),
  model_developer: optString(),
  model_license_url: optString(),
  delivery_date: optString(),
  modelDetails: z
    .object({
      number_of_parameters: int().nullish(),
      token_context_window: int().nullish(),
      languages: int().nullish(),
      alignments: int().nullish(),
    })
    .nullish(),
});

const modelFields = {
  name: z.string().min(1),
  display_name: optString(),
  model_vendor: ModelVendorSchema.nullish(),
  model_type: ModelTypeSchema,
  base_model_id: optString(),
  base_model_metadata: BaseModelMetadataSchema.nullish(),
  model_creation_parameters: PlainObjectSchema.nullish(),
  model_card: optString(),
  training_data_card: optString(),
  description: optString(),
  model_template_id: optString(),
  model_group_id: optString(),
};

export const ModelRequestSchema = z.strictObject({ ...modelFields, account_id: optString() });
export type ModelRequest = z.output<typeof ModelRequestSchema>;
export const ModelPatchSchema = z.strictObject(modelFields).partial();
export type ModelPatch = z.output<typeof ModelPatchSchema>;

const LaunchDeploymentConfigSchema = z.strictObject({
  vendor: z
    .literal("LAUNCH")
    .nullish()
    .transform(() => "LAUNCH" as const),
  ...workerFields,
});
const LlmEngineDeploymentConfigSchema = z.strictObject({
  vendor: z.literal("LLMENGINE"),
  ...resourceFields,
  num_shards: withDefault(int(), 4),
  checkpoint_path: optString(),
  model_name: optString(),
  base_model_name: optString(),
  inference_framework_image_tag: optString(),
});
export const DeploymentVendorConfigurationSchema = z.union([
  LlmEngineDeploymentConfigSchema,
  LaunchDeploymentConfigSchema,
]);

const deploymentFields = {
  name: z.string().min(1),
  model_creation_parameters: PlainObjectSchema.nullish(),
  vendor_configuration: DeploymentVendorConfigurationSchema.nullish(),
  deployment_metadata: PlainObjectSchema.nullish(),
};
export const DeploymentRequestSchema = z.strictObject({ ...deploymentFields, account_id: optString() });
export type DeploymentRequest = z.output<typeof DeploymentRequestSchema>;
export const DeploymentPatchSchema = z.strictObject(deploymentFields).partial();
export type DeploymentPatch = z.output<typeof DeploymentPatchSchema>;

export const GroupRequestSchema = z.strictObject({
  name: z.string().min(1),
  description: optString(),
  account_id: optString(),
});
export const GroupPatchSchema = z.strictObject({
  name: z.string().min(1).nullish(),
  description: optString(),
});
