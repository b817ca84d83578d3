"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { zodResolver } from "@hookform/resolvers/zod";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { Controller, useForm, useWatch } from "react-hook-form";
import { TriangleAlertIcon } from "lucide-react";
import { z } from "zod";

import { applyApiErrors, describeDetail } from "@/components/forms/apply-api-errors";
import { FormSection } from "@/components/forms/form-section";
import { DatasetPreview } from "@/components/fine-tuning/dataset-preview";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ApiError } from "@/lib/api/errors";
import {
  DATASET_KINDS,
  KIND_INFO,
  MAX_DATASET_BYTES,
  parseDataset,
  type ParsedDataset,
  type RowIssue,
} from "@/lib/fine-tuning/datasets";
import { hrefs } from "@/lib/hrefs";
import { fineTuningMutations } from "@/lib/mutations/fine-tuning";
import { toast } from "@/lib/toast";

const formSchema = z.object({
  name: z.string().trim().min(1, "Name the dataset.").max(255, "Keep the name under 255 characters."),
  kind: z.enum(DATASET_KINDS),
});
type FormValues = z.infer<typeof formSchema>;

type Loaded = { fileName: string; content: string; parsed: ParsedDataset };

/** The server's row details (path ["content", row]) as issues the preview lists. */
const issuesOf = (error: ApiError): RowIssue[] =>
  error.details
    .filter((d) => d.path[0] === "content")
    .map((d) => ({ row: Number(d.path[1] ?? 0), field: null, message: d.message }));

export function NewDatasetClient() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { can } = useConsole();
  const [kindParam] = useQueryState("kind", parseAsStringLiteral(DATASET_KINDS));
  const [file, setFile] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<RowIssue[]>([]);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: "", kind: kindParam ?? "reranking" },
  });
  const upload = useMutation(
    fineTuningMutations.upload(queryClient, (dataset) => {
      toast.success(`Dataset “${dataset.name}” uploaded`);
      router.push(hrefs.trainingDatasets());
    }),
  );
  const kind = useWatch({ control: form.control, name: "kind" });

  const read = async (picked: File | undefined) => {
    setFileError(null);
    setServerIssues([]);
    if (!picked) return setFile(null);
    if (picked.size > MAX_DATASET_BYTES) {
      setFile(null);
      return setFileError(`The file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB.`);
    }
    const content = await picked.text();
    setFile({
      fileName: picked.name,
      content,
      parsed: parseDataset(content, form.getValues("kind"), { fileName: picked.name }),
    });
    if (!form.getValues("name")) form.setValue("name", picked.name.replace(/\.[^.]*$/, ""));
  };
  const reparse = (next: FormValues["kind"]) => {
    setServerIssues([]);
    if (file) setFile({ ...file, parsed: parseDataset(file.content, next, { fileName: file.fileName }) });
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (!file) return setFileError("Choose a JSONL or CSV file.");
    if (file.parsed.issues.length)
      return setFileError("Fix the rows listed below, then choose the file again.");
    try {
      await upload.mutateAsync({ ...values, file_name: file.fileName, content: file.content });
    } catch (error) {
      if (error instanceof ApiError) setServerIssues(issuesOf(error));
      const { message, unplaced } = applyApiErrors(error, form.setError, (path) =>
        path[0] === "name" ? "name" : null,
      );
      const rest = unplaced.filter((d) => d.path[0] !== "content").map(describeDetail);
      setFormError([message, ...rest].join(" "));
    }
  });

  const issues = file ? [...file.parsed.issues, ...serverIssues] : [];
  const blocked = !file || issues.length > 0;
  const info = KIND_INFO[kind];

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6">
      <SetBreadcrumbs
        items={[
          { label: "Fine-tuning", href: hrefs.fineTuning() },
          { label: "Datasets", href: hrefs.trainingDatasets() },
          { label: "Upload" },
        ]}
      />
      <PageHeader
        title="Upload a training dataset"
        description="Every row is checked here before anything is sent; a file with a bad row is not stored."
      />
      {!can("models:write") && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>Read-only role</AlertTitle>
          <AlertDescription>
            Uploading datasets needs the member or admin role in this account.
          </AlertDescription>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-busy={upload.isPending} className="space-y-6">
        <FormSection title="Dataset" error={formError}>
          <Controller
            name="kind"
            control={form.control}
            render={({ field }) => (
              <Field>
                <FieldLabel htmlFor="dataset-kind">Rows for</FieldLabel>
                <Select
                  value={field.value}
                  onValueChange={(value) => {
                    field.onChange(value);
                    reparse(value as FormValues["kind"]);
                  }}
                >
                  <SelectTrigger
                    id="dataset-kind"
                    className="w-full sm:w-96"
                    aria-describedby="dataset-kind-hint"
                  >
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {DATASET_KINDS.map((k) => (
                      <SelectItem key={k} value={k}>
                        {KIND_INFO[k].label}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FieldDescription id="dataset-kind-hint">
                  Columns: <code className="font-mono text-xs">{info.columns.join(", ")}</code>
                  {kind === "embedding" && " (negative is optional)"}. One JSON object a line, e.g.{" "}
                  <code className="font-mono text-xs break-all">{info.example}</code>, or a CSV with that
                  header row.
                </FieldDescription>
              </Field>
            )}
          />
          <Field data-invalid={Boolean(fileError)}>
            <FieldLabel htmlFor="dataset-file">File (JSONL or CSV)</FieldLabel>
            <Input
              id="dataset-file"
              type="file"
              accept=".jsonl,.ndjson,.json,.csv,application/jsonl,text/csv"
              aria-invalid={Boolean(fileError)}
              aria-describedby={fileError ? "dataset-file-error" : undefined}
              onChange={(event) => void read(event.target.files?.[0])}
            />
            {fileError && <FieldError id="dataset-file-error" errors={[{ message: fileError }]} />}
          </Field>
          <Controller
            name="name"
            control={form.control}
            render={({ field, fieldState }) => (
              <Field data-invalid={fieldState.invalid}>
                <FieldLabel htmlFor="dataset-name">Name</FieldLabel>
                <Input
                  {...field}
                  id="dataset-name"
                  autoComplete="off"
                  className="sm:w-96"
                  aria-invalid={fieldState.invalid}
                  aria-describedby={fieldState.error ? "dataset-name-error" : undefined}
                />
                <FieldError id="dataset-name-error" errors={[fieldState.error]} />
              </Field>
            )}
          />
        </FormSection>
        {file && <DatasetPreview kind={kind} fileName={file.fileName} parsed={file.parsed} issues={issues} />}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="outline" onClick={() => router.push(hrefs.trainingDatasets())}>
            Cancel
          </Button>
          <Button type="submit" disabled={blocked || upload.isPending || !can("models:write")}>
            {upload.isPending
              ? "Uploading…"
              : file && !blocked
                ? `Upload ${file.parsed.rows.length.toLocaleString("en")} row${file.parsed.rows.length === 1 ? "" : "s"}`
                : "Upload"}
          </Button>
        </div>
      </form>
    </div>
  );
}
