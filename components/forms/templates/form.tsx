"use client";

import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useFormState, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CircleAlertIcon } from "lucide-react";

import { applyApiErrors } from "@/components/forms/apply-api-errors";
import { FileDropZone } from "@/components/templates/file-drop-zone";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Tabs, TabsContent } from "@/components/ui/tabs";
import { templateRequestSchema, type TemplateRequest } from "@/lib/schemas/templates";
import { requestPathToFormPath, templateFormSchema } from "@/lib/templates/form-schema";
import { formToRequestInput, type TemplateFormValues } from "@/lib/templates/form-values";
import { formatPath } from "@/lib/templates/template-json";
import { FormBundle } from "./form-bundle";
import { FormEndpoint } from "./form-endpoint";
import { FormGeneral } from "./form-general";
import { FormJson } from "./form-json";
import { FormParameters } from "./form-parameters";
import { FormToolbar } from "./form-toolbar";
import { formJson, useJsonView, type TemplateView } from "./use-json-view";

export type TemplateFormProps = {
  id: string;
  defaultValues: TemplateFormValues;
  /** Rejecting with an ApiError puts its `details` on the fields they name; every input is kept. */
  onSubmit: (request: TemplateRequest) => Promise<void>;
  /** Called on every change (drafts) and when the form becomes dirty or clean (leave guard). */
  onValuesChange?: (values: TemplateFormValues) => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** Values to load over the defaults (a restored draft); changes to it reload the form. */
  restore?: TemplateFormValues | null;
};

/** Every field of a ModelTemplateRequest, as a form or as the CLI's JSON, validated by the route's schema. */
export function TemplateForm({
  id,
  defaultValues,
  onSubmit,
  onValuesChange,
  onDirtyChange,
  restore,
}: TemplateFormProps) {
  const form = useForm<TemplateFormValues>({
    resolver: zodResolver(templateFormSchema),
    defaultValues,
    // Checked at the first submit, then as the reader types: a row just added is not an error (with
    // onTouched/onChange, appending validated the array and the new row's error shifted the layout
    // under the next click), and a fixed field's error clears on the keystroke that fixes it.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const json = useJsonView(form);
  const alertRef = useRef<HTMLDivElement>(null);
  // Create sits at the page's foot; a refusal's reason is brought to where the reader is looking.
  const [reveal, setReveal] = useState(0);
  useEffect(() => {
    if (reveal === 0) return;
    alertRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
    alertRef.current?.focus();
  }, [reveal]);
  const { isDirty, errors } = useFormState({ control: form.control });

  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  useEffect(() => {
    if (!onValuesChange) return;
    return form.subscribe({ formState: { values: true }, callback: () => onValuesChange(form.getValues()) });
  }, [form, onValuesChange]);
  useEffect(() => {
    if (restore) form.reset(restore, { keepDefaultValues: true });
  }, [form, restore]);

  const submit = form.handleSubmit(async (values) => {
    if (json.blocked) {
      form.setError("root", { message: "Fix the JSON problems below before creating the template." });
      setReveal((n) => n + 1);
      return;
    }
    try {
      await onSubmit(templateRequestSchema.parse(formToRequestInput(values)));
    } catch (error) {
      if (showServerError(form, values, error)) json.switchView("form");
    }
  });

  const readFile = (file: File) => void file.text().then(json.importText);
  const rootMessages = [errors.root?.message, errors.root?.server?.message].filter(Boolean);

  return (
    <FormProvider {...form}>
      <FileDropZone onFile={readFile} label="Drop model-template.json to import it">
        <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-6">
          <Tabs
            value={json.view}
            onValueChange={(next) => json.switchView(next as TemplateView)}
            className="flex flex-col gap-6"
          >
            <FormToolbar
              onFile={readFile}
              json={() => (json.view === "json" && json.result?.ok ? json.text : formJson(form.getValues()))}
            />
            {rootMessages.length > 0 && (
              <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
                <CircleAlertIcon aria-hidden />
                <AlertTitle>The template was not saved</AlertTitle>
                <AlertDescription>
                  {rootMessages.map((message) => (
                    <p key={message} className="whitespace-pre-line">
                      {message}
                    </p>
                  ))}
                </AlertDescription>
              </Alert>
            )}
            <TabsContent value="json">
              <FormJson text={json.text} result={json.result} onTextChange={json.applyText} />
            </TabsContent>
            <TabsContent value="form" className="flex flex-col gap-6">
              <FormGeneral />
              <FormBundle />
              <FormEndpoint />
              <FormParameters
                schema="model_creation_parameters_schema"
                title="Creation parameters"
                description="Fields a model creator fills in when creating a model from this template."
                previewTitle="Create model form"
              />
              <FormParameters
                schema="model_request_parameters_schema"
                title="Request parameters"
                description="Fields callers may pass as model_request_parameters when they execute a model."
                previewTitle="Request parameters form"
              />
            </TabsContent>
          </Tabs>
        </form>
      </FileDropZone>
    </FormProvider>
  );
}

/** Server problems onto their fields; the rest (and the summary) above the form. true when a field got one. */
function showServerError(
  form: UseFormReturn<TemplateFormValues>,
  values: TemplateFormValues,
  error: unknown,
) {
  const { message, placed, unplaced } = applyApiErrors(
    error,
    form.setError,
    // safe because requestPathToFormPath only returns paths of this form's inputs
    (path) => requestPathToFormPath(path, values),
    // The fields may sit in the hidden form view; the summary above the form takes the focus.
    { fallback: "Something went wrong. Your input is kept; try again.", focus: false },
  );
  const lines = unplaced.map((detail) => `${formatPath(detail.path)}: ${detail.message}`);
  form.setError("root.server", { type: "server", message: [message, ...lines].join("\n") });
  return placed > 0;
}
