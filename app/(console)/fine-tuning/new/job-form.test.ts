import { describe, expect, it } from "vitest";
import { formSchema, toRequest, type FormValues } from "./job-form";

const values = (over: Partial<FormValues> = {}): FormValues => ({
  base_model_id: "m1",
  training_dataset_id: "d1",
  validation_dataset_id: "",
  vendor: "LAUNCH",
  suffix: "",
  epochs: "",
  learning_rate: "",
  seed: "",
  extra: "",
  ...over,
});

describe("the new fine-tuning job form", () => {
  it("sends blank fields as nothing, so the trainer's defaults hold", () => {
    expect(toRequest(values())).toEqual({
      base_model_id: "m1",
      training_dataset_id: "d1",
      vendor_configuration: { vendor: "LAUNCH", hyperparameters: {} },
    });
  });

  it("merges the JSON hyper-parameters under the typed ones, which win", () => {
    const request = toRequest(
      values({
        validation_dataset_id: "d2",
        suffix: "helpdesk-v1",
        epochs: "30",
        learning_rate: "0.05",
        seed: "7",
        extra: '{"validation_split": 0.2, "epochs": 3}',
      }),
    );
    expect(request).toEqual({
      base_model_id: "m1",
      training_dataset_id: "d1",
      validation_dataset_id: "d2",
      vendor_configuration: {
        vendor: "LAUNCH",
        suffix: "helpdesk-v1",
        hyperparameters: { validation_split: 0.2, epochs: 30, learning_rate: 0.05, seed: 7 },
      },
    });
  });

  it("refuses numbers out of range and JSON that is not an object", () => {
    const problems = formSchema.safeParse(
      values({ epochs: "0", learning_rate: "11", seed: "1.5", extra: "[1]" }),
    );
    expect(problems.success).toBe(false);
    expect(problems.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      "epochs",
      "extra",
      "learning_rate",
      "seed",
    ]);
  });
});
