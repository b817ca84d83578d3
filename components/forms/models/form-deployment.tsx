"use client";

import { Controller, useFormContext, useWatch } from "react-hook-form";

import { Field, FieldContent, FieldDescription, FieldLabel } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import type { ModelFormValues } from "@/lib/schemas/models";
import { TextField } from "./form-fields";

/** Whether to deploy right away, and the first deployment's name. */
export function FormDeployment({ idPrefix }: { idPrefix: string }) {
  const { control } = useFormContext<ModelFormValues>();
  const deploy = useWatch({ control, name: "deploy" });
  return (
    <div className="flex flex-col gap-6">
      <Controller
        control={control}
        name="deploy"
        render={({ field }) => (
          <Field orientation="horizontal">
            <Switch
              id={`${idPrefix}-deploy`}
              checked={field.value}
              onCheckedChange={field.onChange}
              disabled={field.disabled}
              aria-describedby={`${idPrefix}-deploy-description`}
            />
            <FieldContent>
              <FieldLabel htmlFor={`${idPrefix}-deploy`}>Deploy after creating</FieldLabel>
              <FieldDescription id={`${idPrefix}-deploy-description`}>
                Starts the first deployment with these parameters. You can deploy later from the model page.
              </FieldDescription>
            </FieldContent>
          </Field>
        )}
      />
      {deploy && (
        <TextField
          idPrefix={idPrefix}
          name="deployment_name"
          label="Deployment name"
          description="Follows the model's name until you change it."
          autoComplete="off"
        />
      )}
    </div>
  );
}
