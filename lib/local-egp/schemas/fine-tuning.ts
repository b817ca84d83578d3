import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/limits";
import { jsonObject } from "@/lib/schemas/json-field";

const id = z.string().max(TEXT_LIMITS.id);
const vendorFields = {
  hyperparameters: jsonObject().nullish(),
  suffix: z.string().max(64).nullish(),
};

/** The spec's FineTuningJobVendorConfiguration: one of three, by `vendor` (LAUNCH when absent). */
export const VendorConfigurationSchema = z.discriminatedUnion("vendor", [
  z.object({
    vendor: z.literal("LAUNCH"),
    ...vendorFields,
    wandb_config: jsonObject().nullish(),
    output: z.string().nullish(),
  }),
  z.object({
    vendor: z.literal("LLMENGINE"),
    ...vendorFields,
    wandb_config: jsonObject().nullish(),
    output: z.string().nullish(),
  }),
  z.object({ vendor: z.literal("OPENAI"), ...vendorFields }),
]);

/** The spec's FineTuningJobRequest; scale_egp sends unset fields as null. */
export const FineTuningJobRequestSchema = z.object({
  account_id: id,
  training_dataset_id: id,
  base_model_id: id.nullish(),
  fine_tuned_model_id: id.nullish(),
  validation_dataset_id: id.nullish(),
  vendor_configuration: z
    .preprocess(
      (v) => (v && typeof v === "object" && !("vendor" in v) ? { ...v, vendor: "LAUNCH" } : v),
      VendorConfigurationSchema,
    )
    .nullish(),
});
export type FineTuningJobRequest = z.output<typeof FineTuningJobRequestSchema>;

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const num = (min: number, max: number) => z.number().min(min).max(max);
const common = {
  epochs: int(1, 200).optional(),
  learning_rate: num(1e-5, 1).optional(),
  seed: int(0, 2 ** 31 - 1).optional(),
  validation_split: num(0.05, 0.5).optional(),
  k: int(1, 100).optional(),
};

/** Hyperparameters a local job takes, by the base model's type; anything else is refused by name. */
export const RerankHyperparametersSchema = z.strictObject({ ...common, l2: num(0, 1).optional() });
export const EmbeddingHyperparametersSchema = z.strictObject({
  ...common,
  rank: int(1, 64).optional(),
  batch_size: int(2, 256).optional(),
  temperature: num(0.01, 1).optional(),
});

export const SchemaTypeSchema = z.enum(["GENERATION", "RERANKING_QUESTIONS"]);
