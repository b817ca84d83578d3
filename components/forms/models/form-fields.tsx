"use client";

import { useFormContext, useFormState, type FieldValues } from "react-hook-form";

import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

type Common = {
  name: string;
  label: string;
  idPrefix: string;
  description?: React.ReactNode;
  className?: string;
};

function useFieldError(name: string) {
  const { getFieldState } = useFormContext<FieldValues>();
  const formState = useFormState<FieldValues>({ name });
  return getFieldState(name, formState).error;
}

const describedBy = (id: string, description: unknown, invalid: boolean) =>
  [description ? `${id}-description` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") ||
  undefined;

/** A labelled text input bound to react-hook-form, with help text and the field's error under it. */
export function TextField({
  name,
  label,
  idPrefix,
  description,
  className,
  multiline,
  rows = 6,
  ...input
}: Common & { multiline?: boolean; rows?: number } & Omit<React.ComponentProps<"input">, "name">) {
  const { register } = useFormContext<FieldValues>();
  const error = useFieldError(name);
  const id = `${idPrefix}-${name}`;
  const shared = {
    id,
    "aria-invalid": !!error,
    "aria-describedby": describedBy(id, description, !!error),
  };
  return (
    <Field data-invalid={!!error} className={className}>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      {multiline ? (
        <Textarea
          {...shared}
          rows={rows}
          placeholder={input.placeholder}
          className="min-h-24 font-mono text-[13px]"
          {...register(name)}
        />
      ) : (
        <Input {...shared} {...input} {...register(name, { onChange: input.onChange })} />
      )}
      {description && <FieldDescription id={`${id}-description`}>{description}</FieldDescription>}
      <FieldError id={`${id}-error`} errors={[error]} />
    </Field>
  );
}
