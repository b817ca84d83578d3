"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { zodResolver } from "@hookform/resolvers/zod";
import { parseAsString, useQueryStates } from "nuqs";
import { Controller, useForm, useWatch } from "react-hook-form";
import { InfoIcon, TriangleAlertIcon } from "lucide-react";

import { applyApiErrors, describeDetail } from "@/components/forms/apply-api-errors";
import { FormSection } from "@/components/forms/form-section";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { humanize } from "@/components/data-table/data-table-filter";
import { KIND_INFO, LOCALLY_TRAINABLE, kindForModelType } from "@/lib/fine-tuning/datasets";
import { hrefs } from "@/lib/hrefs";
import { fineTuningMutations } from "@/lib/mutations/fine-tuning";
import { trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { modelQueries } from "@/lib/queries/models";
import { toast } from "@/lib/toast";
import { DatasetSelect, HyperParameterFields } from "./job-fields";
import { FIELDS, formSchema, toRequest, type FormValues } from "./job-form";

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

  const datasetState = {
    items: datasets.data?.items ?? [],
    isPending: datasets.isPending,
    error: datasets.isError ? datasets.error : null,
  };

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
          <DatasetSelect
            control={form.control}
            name="training_dataset_id"
            label="Training dataset"
            hint={kind ? `Columns ${KIND_INFO[kind].columns.join(", ")}.` : "The rows the model learns from."}
            datasets={datasetState}
          />
          <DatasetSelect
            control={form.control}
            name="validation_dataset_id"
            label="Validation dataset"
            hint={
              "Optional. Base and tuned model are scored on these rows; the playground compares them on it."
            }
            datasets={datasetState}
          />
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
          <HyperParameterFields control={form.control} local={mode.kind === "local"} />
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
