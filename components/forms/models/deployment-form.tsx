"use client";

import { useMemo, useRef, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";

import { LazySchemaForm, type SchemaFormHandle } from "@/components/schema-form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { applyApiErrors } from "@/components/forms/apply-api-errors";
import { FormSection } from "@/components/forms/form-section";
import type { ApiErrorDetail } from "@/lib/api/errors";
import type { ParameterSchema } from "@/lib/egp/types";
import { formFieldOf, splitDetails } from "@/lib/models/form-errors";
import { reenterSecretHints } from "@/lib/models/secret-hints";
import { deploymentFormSchema, type DeploymentFormValues } from "@/lib/schemas/models";
import { FormFailure } from "./form-failure";
import { TextField } from "./form-fields";

const ID = "deployment";

/** A deployment's name and parameters. Presentational: `onSubmit` throws ApiError to show it here. */
export function DeploymentForm({
  schema,
  defaultValues,
  defaultParameters,
  inheritedParameters = {},
  onSubmit,
  onCancel,
}: {
  schema: ParameterSchema | null | undefined;
  defaultValues: DeploymentFormValues;
  defaultParameters: Record<string, unknown>;
  /** What the deployment would use without its own values, secrets masked: the template's env and the model's. */
  inheritedParameters?: Record<string, unknown>;
  onSubmit: (values: DeploymentFormValues, parameters: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<DeploymentFormValues>({ resolver: zodResolver(deploymentFormSchema), defaultValues });
  const parameters = useRef<SchemaFormHandle>(null);
  const [parameterErrors, setParameterErrors] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<{ message: string; other: string[] } | null>(null);
  const [current, setCurrent] = useState(defaultParameters);
  const hints = useMemo(
    () => reenterSecretHints(inheritedParameters, current),
    [inheritedParameters, current],
  );

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const checked = schema
      ? (parameters.current?.validate() ?? { ok: true as const, values: defaultParameters })
      : null;
    return form.handleSubmit(async (values) => {
      if (checked && !checked.ok) return;
      setFailure(null);
      setParameterErrors([]);
      try {
        await onSubmit(values, checked?.values ?? {});
      } catch (error) {
        const { message, unplaced } = applyApiErrors(error, form.setError, (path) =>
          formFieldOf(path, ["name"]) ? "name" : null,
        );
        // What no field shows: the parameters form's problems, and the rest for the alert.
        const split = splitDetails(unplaced, []);
        setParameterErrors(split.parameters);
        setFailure({ message, other: split.other });
      }
    })(event);
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label="New deployment">
        <TextField idPrefix={ID} name="name" label="Deployment name" autoComplete="off" />
        {schema && (
          <FormSection
            plain
            title="Parameters"
            description="Start from the model's; changes apply to this deployment only."
          >
            <LazySchemaForm
              id="deployment-parameters"
              schema={schema}
              defaultValues={defaultParameters}
              onChange={setCurrent}
              hints={hints}
              errors={parameterErrors}
              formRef={parameters}
              disabled={form.formState.isSubmitting}
            />
          </FormSection>
        )}
        <FormFailure failure={failure} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="outline" onClick={onCancel} disabled={form.formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting && <Spinner aria-hidden />}
            Deploy
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
