"use client";

import { Controller } from "react-hook-form";

import { SimpleSelect } from "@/components/lazy/simple-select";
import { FormSection } from "@/components/forms/form-section";
import { useApiForm } from "@/components/forms/use-api-form";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ASSIGNABLE_ROLES, type AssignableRole } from "@/lib/roles";
import { newUserSchema, type NewUser } from "@/lib/schemas/users";

const FIELDS = ["email", "role"] as const;
const ROLE_LABELS: Record<AssignableRole, string> = {
  viewer: "Viewer: reads everything",
  member: "Member: models, deployments, groups, playground",
  admin: "Admin: also templates and users",
};
const ROLE_OPTIONS = ASSIGNABLE_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** Email and role of a user to add. Presentational: the dialog owns the submit button and the mutation. */
export function UserForm({
  id,
  defaultValues,
  onSubmit,
}: {
  id: string;
  defaultValues: NewUser;
  onSubmit: (values: NewUser) => Promise<void>;
}) {
  const { form, submit, formError } = useApiForm({
    schema: newUserSchema,
    defaultValues,
    fields: FIELDS,
    onSubmit,
  });

  return (
    <form id={id} onSubmit={submit} noValidate aria-busy={form.formState.isSubmitting}>
      <FormSection error={formError}>
        <Controller
          name="email"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel htmlFor={`${id}-email`}>Email</FieldLabel>
              <Input
                {...field}
                id={`${id}-email`}
                type="email"
                autoComplete="off"
                autoFocus
                aria-invalid={fieldState.invalid}
                aria-describedby={`${id}-email-hint`}
              />
              <FieldDescription id={`${id}-email-hint`}>
                A new user gets an API key, shown once. Someone who already has an account here keeps their
                keys.
              </FieldDescription>
              <FieldError errors={[fieldState.error]} />
            </Field>
          )}
        />
        <Controller
          name="role"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel id={`${id}-role-label`}>Role</FieldLabel>
              <SimpleSelect
                label="Role"
                value={field.value}
                options={ROLE_OPTIONS}
                onValueChange={field.onChange}
              />
              <FieldError errors={[fieldState.error]} />
            </Field>
          )}
        />
      </FormSection>
    </form>
  );
}
