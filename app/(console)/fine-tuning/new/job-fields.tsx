"use client";

import { Controller, type Control } from "react-hook-form";

import { humanize } from "@/components/data-table/data-table-filter";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { FINE_TUNING_VENDORS } from "@/lib/schemas/fine-tuning";
import type { FormValues } from "./job-form";

const NONE = "__none__";

function TextField({
  control,
  name,
  label,
  hint,
  placeholder,
}: {
  control: Control<FormValues>;
  name: "suffix" | "epochs" | "learning_rate" | "seed";
  label: string;
  hint: string;
  placeholder?: string;
}) {
  const id = `job-${name}`;
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <Field data-invalid={fieldState.invalid}>
          <FieldLabel htmlFor={id}>{label}</FieldLabel>
          <Input
            {...field}
            id={id}
            autoComplete="off"
            inputMode={name === "suffix" ? undefined : "decimal"}
            placeholder={placeholder}
            aria-invalid={fieldState.invalid}
            aria-describedby={`${id}-hint`}
          />
          <FieldDescription id={`${id}-hint`}>{hint}</FieldDescription>
          <FieldError errors={[fieldState.error]} />
        </Field>
      )}
    />
  );
}

type DatasetOption = { id: string; name: string; schema_type: string };

/** A training or validation dataset picker; the validation one may be None. */
export function DatasetSelect({
  control,
  name,
  label,
  hint,
  datasets,
}: {
  control: Control<FormValues>;
  name: "training_dataset_id" | "validation_dataset_id";
  label: string;
  hint: string;
  datasets: { items: DatasetOption[]; isPending: boolean; error: Error | null };
}) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <Field data-invalid={fieldState.invalid}>
          <FieldLabel htmlFor={`job-${name}`}>{label}</FieldLabel>
          <Select
            value={field.value || (name === "validation_dataset_id" ? NONE : "")}
            onValueChange={(value) => field.onChange(value === NONE ? "" : value)}
          >
            <SelectTrigger
              id={`job-${name}`}
              className="w-full"
              aria-invalid={fieldState.invalid}
              aria-describedby={`job-${name}-hint`}
            >
              <SelectValue placeholder={datasets.isPending ? "Loading datasets…" : "Choose a dataset…"} />
            </SelectTrigger>
            <SelectContent>
              {name === "validation_dataset_id" && (
                <SelectItem value={NONE}>None (hold out part of the training rows)</SelectItem>
              )}
              {datasets.items.map((dataset) => (
                <SelectItem key={dataset.id} value={dataset.id}>
                  {dataset.name} · {humanize(dataset.schema_type)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FieldDescription id={`job-${name}-hint`}>
            {datasets.error ? `Datasets could not be loaded: ${datasets.error.message}` : hint}
          </FieldDescription>
          <FieldError errors={[fieldState.error]} />
        </Field>
      )}
    />
  );
}

/** The vendor and its hyper-parameters: the spec's vendor configuration. */
export function HyperParameterFields({ control, local }: { control: Control<FormValues>; local: boolean }) {
  return (
    <>
      <Controller
        name="vendor"
        control={control}
        render={({ field }) => (
          <Field>
            <FieldLabel htmlFor="job-vendor">Vendor</FieldLabel>
            <Select value={field.value} onValueChange={field.onChange}>
              <SelectTrigger id="job-vendor" className="w-full sm:w-64" aria-describedby="job-vendor-hint">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {FINE_TUNING_VENDORS.map((vendor) => (
                  <SelectItem key={vendor} value={vendor}>
                    {vendor === "LLMENGINE" ? "LLM Engine" : vendor === "OPENAI" ? "OpenAI" : "Launch"}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <FieldDescription id="job-vendor-hint">
              {local
                ? "This server trains Launch jobs on its own CPU; LLM Engine and OpenAI jobs run on Scale GP."
                : "LLM Engine fine-tunes language models on Scale GP."}
            </FieldDescription>
          </Field>
        )}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          control={control}
          name="epochs"
          label="Epochs"
          hint="Passes over the rows."
          placeholder="30"
        />
        <TextField
          control={control}
          name="learning_rate"
          label="Learning rate"
          hint="Step size of each update."
          placeholder="0.05"
        />
        <TextField control={control} name="seed" label="Seed" hint="Same seed, same run." placeholder="7" />
      </div>
      <TextField
        control={control}
        name="suffix"
        label="Suffix"
        hint="Optional. Added to the tuned model's name."
        placeholder="helpdesk-v1"
      />
      <Controller
        name="extra"
        control={control}
        render={({ field, fieldState }) => (
          <Field data-invalid={fieldState.invalid}>
            <FieldLabel htmlFor="job-extra">More hyper-parameters (JSON)</FieldLabel>
            <Textarea
              {...field}
              id="job-extra"
              rows={3}
              className="font-mono text-xs"
              placeholder='{"validation_split": 0.2}'
              aria-invalid={fieldState.invalid}
              aria-describedby="job-extra-hint"
            />
            <FieldDescription id="job-extra-hint">
              Optional. Merged into hyperparameters; the fields above win.
            </FieldDescription>
            <FieldError errors={[fieldState.error]} />
          </Field>
        )}
      />
    </>
  );
}
