"use client";

import { Controller } from "react-hook-form";

import { FormSection } from "@/components/forms/form-section";
import { useApiForm } from "@/components/forms/use-api-form";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { groupSchema, type GroupInput } from "@/lib/schemas/groups";

const FIELDS = ["name", "description"] as const;

/**
 * Name and description of a group. Presentational: the dialog owns the submit button (via `id`)
 * and the mutation; a rejected `onSubmit` keeps every input and shows what the server said.
 */
export function GroupForm({
  id,
  defaultValues,
  onSubmit,
}: {
  id: string;
  defaultValues: GroupInput;
  onSubmit: (values: GroupInput) => Promise<void>;
}) {
  const { form, submit, formError } = useApiForm({
    schema: groupSchema,
    defaultValues,
    fields: FIELDS,
    onSubmit,
  });

  return (
    <form id={id} onSubmit={submit} noValidate aria-busy={form.formState.isSubmitting}>
      <FormSection error={formError}>
        <Controller
          name="name"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel htmlFor={`${id}-name`}>Name</FieldLabel>
              <Input
                {...field}
                id={`${id}-name`}
                autoComplete="off"
                autoFocus
                aria-invalid={fieldState.invalid}
                aria-describedby={fieldState.error ? `${id}-name-error` : undefined}
              />
              <FieldError id={`${id}-name-error`} errors={[fieldState.error]} />
            </Field>
          )}
        />
        <Controller
          name="description"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel htmlFor={`${id}-description`}>Description</FieldLabel>
              <Textarea
                {...field}
                value={field.value ?? ""}
                id={`${id}-description`}
                rows={3}
                aria-invalid={fieldState.invalid}
                aria-describedby={`${id}-description-hint`}
              />
              <FieldDescription id={`${id}-description-hint`}>
                Optional. What the models in this group have in common.
              </FieldDescription>
              <FieldError errors={[fieldState.error]} />
            </Field>
          )}
        />
      </FormSection>
    </form>
  );
}
