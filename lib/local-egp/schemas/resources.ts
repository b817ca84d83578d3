import { z } from "zod";
import { ModelTypeSchema, ModelVendorSchema, PlainObjectSchema } from "./enums";
import { UiModelSectionTypeValues } from "@/lib/egp/enums.gen";
import { TEXT_LIMITS } from "@/lib/limits";
import { boundedJson } from "@/lib/schemas/json-field";
import { resourceFields, withDefault, workerFields } from "./launch-resources";
import { boundedString, cardString, descriptionString, idString, nameString, settingString } from "./text";

const int = () => z.number().int();
const optString = () => settingString().nullish();
const optId = () => idString().nullish();

const BaseModelMetadataSchema = z.object({
  ui_model_section_type: z.enum(UiModelSectionTypeValues).nullish(),
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
  name: nameString(),
  display_name: boundedString(TEXT_LIMITS.name).nullish(),
  model_vendor: ModelVendorSchema.nullish(),
  model_type: ModelTypeSchema,
  base_model_id: optId(),
  // zod's object drops unknown keys only after parsing; the bound keeps those from costing anything.
  base_model_metadata: boundedJson(BaseModelMetadataSchema).nullish(),
  model_creation_parameters: PlainObjectSchema.nullish(),
  model_card: cardString().nullish(),
  training_data_card: cardString().nullish(),
  description: descriptionString().nullish(),
  model_template_id: optId(),
  model_group_id: optId(),
};

/**
 * Create bodies ignore unknown keys, as pydantic does where the spec's schema does not forbid them
 * (additionalProperties); the spec's Partial… patch bodies forbid them, and so do the patches here.
 */
export const ModelRequestSchema = z.object({ ...modelFields, account_id: optId() });
export type ModelRequest = z.output<typeof ModelRequestSchema>;
export const ModelPatchSchema = z.strictObject(modelFields).partial();
export type ModelPatch = z.output<typeof ModelPatchSchema>;

const LaunchDeploymentConfigSchema = z.object({
  vendor: z
    .literal("LAUNCH")
    .nullish()
    .transform(() => "LAUNCH" as const),
  ...workerFields,
});
const LlmEngineDeploymentConfigSchema = z.object({
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
  name: nameString(),
  model_creation_parameters: PlainObjectSchema.nullish(),
  vendor_configuration: DeploymentVendorConfigurationSchema.nullish(),
  deployment_metadata: PlainObjectSchema.nullish(),
};
export const DeploymentRequestSchema = z.object({ ...deploymentFields, account_id: optId() });
export type DeploymentRequest = z.output<typeof DeploymentRequestSchema>;
export const DeploymentPatchSchema = z.strictObject(deploymentFields).partial();
export type DeploymentPatch = z.output<typeof DeploymentPatchSchema>;

export const GroupRequestSchema = z.object({
  name: nameString(),
  description: descriptionString().nullish(),
  account_id: optId(),
});
export const GroupPatchSchema = z.strictObject({
  name: nameString().nullish(),
  description: descriptionString().nullish(),
});
