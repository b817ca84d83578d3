"use client";

import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, useWatch } from "react-hook-form";

import { LazySchemaForm, type SchemaFormHandle } from "@/components/schema-form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { applyApiErrors } from "@/components/forms/apply-api-errors";
import type { ApiErrorDetail } from "@/lib/api/errors";
import type { ModelTemplate } from "@/lib/egp/types";
import { formFieldOf, splitDetails } from "@/lib/models/form-errors";
import { reenterSecretHints } from "@/lib/models/secret-hints";
import { modelFormSchema, type ModelFormValues } from "@/lib/schemas/models";
import { FormDeployment } from "./form-deployment";
import { FormFailure } from "./form-failure";
import { TextField } from "./form-fields";
import { FormSection } from "@/components/forms/form-section";
import { GroupPicker } from "./group-picker";
import { FormNameTaken } from "@/components/forms/name-taken";

export type ModelFormSubmit = { values: ModelFormValues; parameters: Record<string, unknown> };
export type ModelFormHandle = { current: () => ModelFormSubmit };

const FIELDS = Object.keys(modelFormSchema.shape);
const ID = "model";

/** Create a model from a template. Presentational: `onSubmit` does the work and throws ApiError to show it here. */
export function ModelForm({
  template,
  defaultValues,
  defaultParameters,
  onSubmit,
  submitLabel,
  handleRef,
  footer,
}: {
  template: ModelTemplate;
  defaultValues: ModelFormValues;
  defaultParameters: Record<string, unknown>;
  onSubmit: (submit: ModelFormSubmit) => Promise<void>;
  submitLabel: (deploy: boolean) => string;
  handleRef?: Ref<ModelFormHandle>;
  footer?: React.ReactNode;
}) {
  const form = useForm<ModelFormValues>({
    resolver: zodResolver(modelFormSchema),
    defaultValues,
    // Errors come with the first submit, never from a blur of an untouched field; fixes clear at once.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const parameters = useRef<SchemaFormHandle | null>(null);
  // The parameters form loads in its own chunk; submitting before it is there would skip its
  // validation, so the submit button waits for it (it only ever goes from not ready to ready).
  const [parametersReady, setParametersReady] = useState(false);
  const attachParameters = useCallback((handle: SchemaFormHandle | null) => {
    parameters.current = handle;
    if (handle) setParametersReady(true);
  }, []);
  const [parameterErrors, setParameterErrors] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<{ message: string; other: string[] } | null>(null);
  const deploy = useWatch({ control: form.control, name: "deploy" });
  const [current, setCurrent] = useState(defaultParameters);
  // The template's env (secrets masked) is what the model uses for what it leaves unset.
  const templateEnv = template.vendor_configuration?.bundle_config?.env;
  const hints = useMemo(() => reenterSecretHints(templateEnv ?? {}, current), [templateEnv, current]);

  useImperativeHandle(handleRef, () => ({
    current: () => ({
      values: form.getValues(),
      parameters: parameters.current?.values() ?? defaultParameters,
    }),
  }));

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const checked = parameters.current?.validate() ?? { ok: true as const, values: defaultParameters };
    return form.handleSubmit(async (values) => {
      if (!checked.ok) return;
      setFailure(null);
      setParameterErrors([]);
      try {
        await onSubmit({ values, parameters: checked.values });
      } catch (error) {
        const { message, unplaced } = applyApiErrors(error, form.setError, (path) =>
          formFieldOf(path, FIELDS),
        );
        // What no field shows: the parameters form's problems, and the rest for the alert.
        const split = splitDetails(unplaced, []);
        setParameterErrors(split.parameters);
        setFailure({ message, other: split.other });
      }
    })(event);
  };

  const syncDeploymentName = (event: React.ChangeEvent<HTMLInputElement>) => {
    if (!form.getFieldState("deployment_name").isDirty) {
      form.setValue(
        "deployment_name",
        event.target.value.trim() ? `${event.target.value.trim()}-deployment` : "",
      );
    }
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-6" aria-label="Create model">
        <FormSection title="Model" description="How the model is named and described in this account.">
          <TextField
            idPrefix={ID}
            name="name"
            label="Name"
            autoComplete="off"
            onChange={syncDeploymentName}
          />
          <FormNameTaken kind="model" />
          <TextField
            idPrefix={ID}
            name="display_name"
            label="Display name"
            description="Optional. Shown in lists."
          />
          <TextField idPrefix={ID} name="description" label="Description" multiline rows={3} />
        </FormSection>
        <FormSection title="Parameters" description={`The creation parameters of “${template.name}”.`}>
          <LazySchemaForm
            id="model-parameters"
            schema={template.model_creation_parameters_schema}
            defaultValues={defaultParameters}
            onChange={setCurrent}
            hints={hints}
            errors={parameterErrors}
            formRef={attachParameters}
            disabled={form.formState.isSubmitting}
          />
        </FormSection>
        <FormSection title="Group and model card">
          <GroupPicker idPrefix={ID} />
          <TextField
            idPrefix={ID}
            name="model_card"
            label="Model card"
            description="Optional. Markdown or plain text: intended use, limits, evaluation."
            multiline
            rows={8}
          />
        </FormSection>
        <FormSection title="Deployment">
          <FormDeployment idPrefix={ID} />
        </FormSection>
        <FormFailure failure={failure} />
        <div className="flex flex-wrap items-center justify-end gap-3">
          {footer}
          <Button type="submit" disabled={form.formState.isSubmitting || !parametersReady}>
            {form.formState.isSubmitting && <Spinner aria-hidden />}
            {submitLabel(deploy)}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
