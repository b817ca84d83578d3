"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";

import { FormSection } from "@/components/forms/form-section";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { groupSchema, type GroupInput } from "@/lib/schemas/groups";
import { applyApiErrors, namedField } from "@/components/forms/apply-api-errors";

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
  const form = useForm<z.input<typeof groupSchema>, unknown, GroupInput>({
    resolver: zodResolver(groupSchema),
    defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const fallback = error instanceof Error ? error.message : "Saving failed.";
      const { message, placed, unplaced } = applyApiErrors(error, form.setError, namedField(FIELDS), {
        fallback,
      });
      setFormError(placed > 0 && unplaced.length === 0 ? null : message);
    }
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
