import { z } from "zod";

import { FINE_TUNING_VENDORS, type FineTuningJobInput } from "@/lib/schemas/fine-tuning";

/** The new fine-tuning job form: its inputs as typed, checked, and turned into the spec's request. */

const optionalNumber = (message: string, check: (n: number) => boolean) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (Number.isFinite(Number(v)) && check(Number(v))), message);

export const formSchema = z.object({
  base_model_id: z.string().min(1, "Choose the model to fine-tune."),
  training_dataset_id: z.string().min(1, "Choose the rows to train on."),
  validation_dataset_id: z.string(),
  vendor: z.enum(FINE_TUNING_VENDORS),
  suffix: z.string().trim().max(64, "Keep the suffix under 64 characters."),
  epochs: optionalNumber(
    "A whole number from 1 to 1,000.",
    (n) => Number.isInteger(n) && n >= 1 && n <= 1000,
  ),
  learning_rate: optionalNumber("A number above 0 and at most 10.", (n) => n > 0 && n <= 10),
  seed: optionalNumber("A whole number.", Number.isInteger),
  extra: z.string().refine((v) => {
    if (!v.trim()) return true;
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  }, 'A JSON object, e.g. {"validation_split": 0.2}.'),
});
export type FormValues = z.infer<typeof formSchema>;

/** The request fields a server problem may name, and the input that shows it. */
export const FIELDS: Record<string, keyof FormValues> = {
  base_model_id: "base_model_id",
  training_dataset_id: "training_dataset_id",
  validation_dataset_id: "validation_dataset_id",
};

/** The form's values as the spec's request: hyper-parameters in the vendor configuration. */
export function toRequest(values: FormValues): FineTuningJobInput {
  const hyperparameters: Record<string, unknown> = values.extra.trim() ? JSON.parse(values.extra) : {};
  if (values.epochs) hyperparameters.epochs = Number(values.epochs);
  if (values.learning_rate) hyperparameters.learning_rate = Number(values.learning_rate);
  if (values.seed) hyperparameters.seed = Number(values.seed);
  return {
    base_model_id: values.base_model_id,
    training_dataset_id: values.training_dataset_id,
    ...(values.validation_dataset_id ? { validation_dataset_id: values.validation_dataset_id } : {}),
    vendor_configuration: {
      vendor: values.vendor,
      hyperparameters,
      ...(values.suffix ? { suffix: values.suffix } : {}),
    },
  };
}
