"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { zodResolver } from "@hookform/resolvers/zod";
import { parseAsString, useQueryStates } from "nuqs";
import { Controller, useForm, useWatch, type Control } from "react-hook-form";
import { InfoIcon, TriangleAlertIcon } from "lucide-react";
import { z } from "zod";

import { applyApiErrors, describeDetail } from "@/components/forms/apply-api-errors";
import { FormSection } from "@/components/forms/form-section";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { humanize } from "@/components/data-table/data-table-filter";
import { KIND_INFO, LOCALLY_TRAINABLE, kindForModelType } from "@/lib/fine-tuning/datasets";
import { hrefs } from "@/lib/hrefs";
import { fineTuningMutations } from "@/lib/mutations/fine-tuning";
import { trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { modelQueries } from "@/lib/queries/models";
import { FINE_TUNING_VENDORS, type FineTuningJobInput } from "@/lib/schemas/fine-tuning";
import { toast } from "@/lib/toast";

const NONE = "__none__";
const optionalNumber = (message: string, check: (n: number) => boolean) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (Number.isFinite(Number(v)) && check(Number(v))), message);

const formSchema = z.object({
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
type FormValues = z.infer<typeof formSchema>;

const FIELDS: Record<string, keyof FormValues> = {
  base_model_id: "base_model_id",
  training_dataset_id: "training_dataset_id",
  validation_dataset_id: "validation_dataset_id",
};

/** The form's values as the spec's request: hyper-parameters in the vendor configuration. */
function toRequest(values: FormValues): FineTuningJobInput {
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

export function NewJobClient() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { can, mode } = useConsole();
  const [params] = useQueryStates({ model: parseAsString, dataset: parseAsString });
  const models = useQuery(modelQueries.list({ limit: 100, sort: "name:asc" }));
  const datasets = useQuery(trainingDatasetQueries.list({ limit: 100 }));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      base_model_id: params.model ?? "",
      training_dataset_id: params.dataset ?? "",
      validation_dataset_id: "",
      // The embedded server trains LAUNCH jobs itself; Scale GP fine-tunes language models on LLM Engine.
      vendor: mode.kind === "local" ? "LAUNCH" : "LLMENGINE",
      suffix: "",
      epochs: "",
      learning_rate: "",
      seed: "",
      extra: "",
    },
  });
  const create = useMutation(
    fineTuningMutations.createJob(queryClient, (job) => {
      toast.success("Fine-tuning job started");
      router.push(hrefs.fineTuningJob(job.id));
    }),
  );
  const baseId = useWatch({ control: form.control, name: "base_model_id" });
  const base = models.data?.items.find((m) => m.id === baseId) ?? null;
  const kind = base ? kindForModelType(base.model_type) : null;
  const refusedHere = mode.kind === "local" && base && !LOCALLY_TRAINABLE.includes(base.model_type);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create.mutateAsync(toRequest(values));
    } catch (error) {
      const { message, unplaced } = applyApiErrors(error, form.setError, (path) => {
        const key = path[0] === "body" ? path[1] : path[0];
        return FIELDS[String(key)] ?? null;
      });
      setFormError([message, ...unplaced.map(describeDetail)].join(" "));
    }
  });

  const datasetOptions = datasets.data?.items ?? [];
  const datasetSelect = (
    name: "training_dataset_id" | "validation_dataset_id",
    label: string,
    hint: string,
  ) => (
    <Controller
      name={name}
      control={form.control}
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
              {datasetOptions.map((dataset) => (
                <SelectItem key={dataset.id} value={dataset.id}>
                  {dataset.name} · {humanize(dataset.schema_type)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FieldDescription id={`job-${name}-hint`}>
            {datasets.isError ? `Datasets could not be loaded: ${datasets.error.message}` : hint}
          </FieldDescription>
          <FieldError errors={[fieldState.error]} />
        </Field>
      )}
    />
  );

  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <SetBreadcrumbs items={[{ label: "Fine-tuning", href: hrefs.fineTuning() }, { label: "New job" }]} />
      <PageHeader
        title="New fine-tuning job"
        description="The tuned model is created in the base model's group, with a deployment to try it."
      />
      {!can("models:write") && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>Read-only role</AlertTitle>
          <AlertDescription>Starting jobs needs the member or admin role in this account.</AlertDescription>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-busy={create.isPending} className="space-y-6">
        <FormSection title="Model and data" error={formError}>
          <Controller
            name="base_model_id"
            control={form.control}
            render={({ field, fieldState }) => (
              <Field data-invalid={fieldState.invalid}>
                <FieldLabel htmlFor="job-base_model_id">Base model</FieldLabel>
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger
                    id="job-base_model_id"
                    className="w-full"
                    aria-invalid={fieldState.invalid}
                    aria-describedby="job-base_model_id-hint"
                  >
                    <SelectValue placeholder={models.isPending ? "Loading models…" : "Choose a model…"} />
                  </SelectTrigger>
                  <SelectContent>
                    {models.data?.items.map((model) => (
                      <SelectItem key={model.id} value={model.id}>
                        {model.display_name || model.name} · {humanize(model.model_type)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FieldDescription id="job-base_model_id-hint">
                  {kind
                    ? `Trains on ${KIND_INFO[kind].label.toLowerCase()} rows.`
                    : "Reranking and embedding models train on this machine; others on Scale GP."}
                </FieldDescription>
                <FieldError errors={[fieldState.error]} />
              </Field>
            )}
          />
          {refusedHere && (
            <Alert variant="warning">
              <InfoIcon aria-hidden />
              <AlertTitle>{humanize(base.model_type)} models do not train on this server</AlertTitle>
              <AlertDescription>
                The embedded server trains reranking and embedding models on this machine&apos;s CPU.
                Completion, chat and agent models fine-tune on Scale GP (LLM Engine): point the console at
                Scale GP with EGP_API_URL to start this job there. Submitting here shows the server&apos;s
                reason.
              </AlertDescription>
            </Alert>
          )}
          {datasetSelect(
            "training_dataset_id",
            "Training dataset",
            kind ? `Columns ${KIND_INFO[kind].columns.join(", ")}.` : "The rows the model learns from.",
          )}
          {datasetSelect(
            "validation_dataset_id",
            "Validation dataset",
            "Optional. Base and tuned model are scored on these rows; the playground compares them on it.",
          )}
          <p className="text-muted-foreground text-sm">
            No dataset yet?{" "}
            <Link
              className="text-foreground underline underline-offset-4"
              href={hrefs.newTrainingDataset(kind ? { kind } : {})}
            >
              Upload one
            </Link>
            .
          </p>
        </FormSection>
        <FormSection
          title="Hyper-parameters"
          description="The spec's vendor configuration. Blank fields keep the trainer's defaults."
        >
          <Controller
            name="vendor"
            control={form.control}
            render={({ field }) => (
              <Field>
                <FieldLabel htmlFor="job-vendor">Vendor</FieldLabel>
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger
                    id="job-vendor"
                    className="w-full sm:w-64"
                    aria-describedby="job-vendor-hint"
                  >
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
                  {mode.kind === "local"
                    ? "This server trains Launch jobs on its own CPU; LLM Engine and OpenAI jobs run on Scale GP."
                    : "LLM Engine fine-tunes language models on Scale GP."}
                </FieldDescription>
              </Field>
            )}
          />
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField
              control={form.control}
              name="epochs"
              label="Epochs"
              hint="Passes over the rows."
              placeholder="30"
            />
            <TextField
              control={form.control}
              name="learning_rate"
              label="Learning rate"
              hint="Step size of each update."
              placeholder="0.05"
            />
            <TextField
              control={form.control}
              name="seed"
              label="Seed"
              hint="Same seed, same run."
              placeholder="7"
            />
          </div>
          <TextField
            control={form.control}
            name="suffix"
            label="Suffix"
            hint="Optional. Added to the tuned model's name."
            placeholder="helpdesk-v1"
          />
          <Controller
            name="extra"
            control={form.control}
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
        </FormSection>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="outline" onClick={() => router.push(hrefs.fineTuning())}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending || !can("models:write")}>
            {create.isPending ? "Starting…" : "Start job"}
          </Button>
        </div>
      </form>
    </div>
  );
}
