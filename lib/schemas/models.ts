import { z } from "zod";
import { boundedJson, jsonObject } from "./json-field";
import { ModelTypeValues, ModelVendorValues } from "../egp/enums.gen";

type ParameterValue = string | number | boolean | null;

/**
 * Creation parameters keyed by a template's own names. z.record rebuilds objects with assignment,
 * which silently drops a "__proto__" key; this keeps every own key as an own data property.
 */
export const parameterValuesSchema = boundedJson(
  z.custom<Record<string, ParameterValue>>(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v)),
    { message: "Parameters must be an object of text, number or true/false values." },
  ),
).transform((value) => Object.fromEntries(Object.entries(value)) as Record<string, ParameterValue>);

const name = z.string().trim().min(1, "Name the model.").max(200, "Keep the name under 200 characters.");
const text = (max: number, label: string) =>
  z.string().max(max, `Keep the ${label} under ${max} characters.`);
const optionalId = z.string().trim().min(1).max(200);

export const modelCreateSchema = z.strictObject({
  name,
  model_type: z.enum(ModelTypeValues, { message: "Choose a model type." }),
  model_template_id: optionalId.optional(),
  model_vendor: z.enum(ModelVendorValues).optional(),
  base_model_id: optionalId.optional(),
  display_name: text(200, "display name").optional(),
  description: text(2000, "description").optional(),
  model_card: text(20_000, "model card").optional(),
  training_data_card: text(20_000, "training data card").optional(),
  model_group_id: optionalId.optional(),
  model_creation_parameters: parameterValuesSchema.optional(),
});
export type ModelCreateInput = z.infer<typeof modelCreateSchema>;

/** The fields the console edits on PATCH (the API's PartialModelInstanceRequest forbids unknown keys). */
export const modelPatchSchema = z
  .strictObject({
    name,
    display_name: text(200, "display name"),
    description: text(2000, "description"),
    model_card: text(20_000, "model card"),
    training_data_card: text(20_000, "training data card"),
    // null takes the model out of its group (EGP's PATCH sets what it is given; the spec lists no other way).
    model_group_id: optionalId.nullable(),
    model_creation_parameters: parameterValuesSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Change something.");
export type ModelPatchInput = z.infer<typeof modelPatchSchema>;

const deploymentName = z
  .string()
  .trim()
  .min(1, "Name the deployment.")
  .max(200, "Keep the name under 200 characters.");

export const deploymentCreateSchema = z.strictObject({
  name: deploymentName,
  model_creation_parameters: parameterValuesSchema.optional(),
  vendor_configuration: jsonObject().optional(),
  deployment_metadata: jsonObject().optional(),
});
export type DeploymentCreateInput = z.infer<typeof deploymentCreateSchema>;

export const deploymentPatchSchema = z
  .strictObject({ name: deploymentName, model_creation_parameters: parameterValuesSchema })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Change something.");
export type DeploymentPatchInput = z.infer<typeof deploymentPatchSchema>;

/** The create/edit form's own fields (the template's parameters are a separate SchemaForm). */
export const modelFormSchema = z
  .object({
    name,
    display_name: text(200, "display name"),
    description: text(2000, "description"),
    model_card: text(20_000, "model card"),
    model_group_id: z.string(),
    deploy: z.boolean(),
    deployment_name: z.string().trim().max(200, "Keep the name under 200 characters."),
  })
  .refine((values) => !values.deploy || values.deployment_name.length > 0, {
    path: ["deployment_name"],
    message: "Name the deployment, or choose not to deploy.",
  });
export type ModelFormValues = z.infer<typeof modelFormSchema>;

export const modelEditFormSchema = z.object({
  name,
  display_name: text(200, "display name"),
  description: text(2000, "description"),
  model_card: text(20_000, "model card"),
  model_group_id: z.string(),
});
export type ModelEditFormValues = z.infer<typeof modelEditFormSchema>;

export const deploymentFormSchema = z.object({ name: deploymentName });
export type DeploymentFormValues = z.infer<typeof deploymentFormSchema>;
