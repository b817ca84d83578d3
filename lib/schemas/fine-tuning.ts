import { z } from "zod";
import { PAGE_SIZES } from "../api/list-params";
import { FineTuningJobStatusValues, TrainingDatasetORMSchemaTypeEnumValues } from "../egp/enums.gen";
import type { FineTuningJobRequest } from "../egp/types";
import { DATASET_KINDS, MAX_DATASET_BYTES } from "../fine-tuning/datasets";
import { jsonObject } from "./json-field";

const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce
    .number()
    .int()
    .refine((v) => (PAGE_SIZES as readonly number[]).includes(v), "Page size is 10, 25, 50 or 100")
    .default(25),
};
const id = z.string().trim().min(1).max(200);

export const fineTuningJobListSchema = z.object({
  ...page,
  status: z.enum(FineTuningJobStatusValues).optional(),
  /** The base model's id. */
  model: id.optional(),
});
export type FineTuningJobListParams = z.infer<typeof fineTuningJobListSchema>;

export const trainingDatasetListSchema = z.object({ ...page, q: z.string().trim().max(200).optional() });
export type TrainingDatasetListParams = z.infer<typeof trainingDatasetListSchema>;

export const FINE_TUNING_VENDORS = ["LLMENGINE", "LAUNCH", "OPENAI"] as const satisfies readonly NonNullable<
  FineTuningJobRequest["vendor_configuration"]
>["vendor"][];

/** A new job, as the console's form sends it; the account comes from the session. */
export const fineTuningJobSchema = z.object({
  base_model_id: id.describe("Base model"),
  training_dataset_id: id,
  validation_dataset_id: id.optional(),
  vendor_configuration: z
    .object({
      vendor: z.enum(FINE_TUNING_VENDORS).default("LLMENGINE"),
      hyperparameters: jsonObject().optional(),
      suffix: z.string().trim().max(64, "Keep the suffix under 64 characters.").optional(),
    })
    .optional(),
});
export type FineTuningJobInput = z.infer<typeof fineTuningJobSchema>;

/**
 * A dataset upload. The browser reads and checks the file, then sends its text in JSON (the console's
 * routes take JSON only); the route checks every row again and forwards the file as multipart.
 */
export const trainingDatasetUploadSchema = z.object({
  name: z.string().trim().min(1, "Name the dataset.").max(255, "Keep the name under 255 characters."),
  kind: z.enum(DATASET_KINDS),
  schema_type: z.enum(TrainingDatasetORMSchemaTypeEnumValues).optional(),
  file_name: z.string().trim().min(1).max(255),
  content: z
    .string()
    .min(1, "The file is empty.")
    .max(MAX_DATASET_BYTES, `The file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB.`),
});
export type TrainingDatasetUpload = z.infer<typeof trainingDatasetUploadSchema>;
