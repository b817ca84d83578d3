"use client";

import { Controller, useFormContext, useFormState, type FieldPath } from "react-hook-form";

import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import type { TemplateFormValues } from "@/lib/templates/form-values";
import { cn } from "@/lib/utils";

export type FormPath = FieldPath<TemplateFormValues>;

/** A stable DOM id for a form path (labels, descriptions and errors point at it). */
export const fieldId = (name: string) => `template-${name.replace(/\./g, "-")}`;

/** The field's error, subscribed so the input re-renders when it changes. */
export function useFieldError(name: FormPath) {
  const { getFieldState } = useFormContext<TemplateFormValues>();
  const formState = useFormState<TemplateFormValues>({ name });
  return getFieldState(name, formState).error;
}

type Common = { name: FormPath; label: string; description?: React.ReactNode; className?: string };

function describedBy(id: string, description: unknown, invalid: boolean) {
  return (
    [description ? `${id}-description` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

export function TextField({
  name,
  label,
  description,
  className,
  number,
  mono,
  ...input
}: Common & { number?: boolean; mono?: boolean } & Omit<React.ComponentProps<"input">, "name">) {
  const { register } = useFormContext<TemplateFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Field data-invalid={!!error} className={className}>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <Input
        id={id}
        type={number ? "number" : "text"}
        inputMode={number ? "numeric" : undefined}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, description, !!error)}
        className={cn(mono && "font-mono")}
        {...input}
        {...register(name, number ? { valueAsNumber: true } : undefined)}
      />
      {description && <FieldDescription id={`${id}-description`}>{description}</FieldDescription>}
      <FieldError id={`${id}-error`} errors={[error]} />
    </Field>
  );
}

export type Option = { value: string; label: string };
const NONE = "__none__";

/** A Radix select bound to a form path; `noneLabel` adds an option that stores "" (not set). */
export function SelectField({
  name,
  label,
  description,
  className,
  options,
  noneLabel,
  placeholder,
}: Common & {
  options: readonly Option[];
  noneLabel?: string;
  placeholder?: string;
}) {
  const { control } = useFormContext<TemplateFormValues>();
  const id = fieldId(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field data-invalid={fieldState.invalid} className={className}>
          <FieldLabel htmlFor={id}>{label}</FieldLabel>
          <Select
            name={field.name}
            value={field.value === "" ? (noneLabel ? NONE : "") : String(field.value)}
            onValueChange={(value) => field.onChange(value === NONE ? "" : value)}
          >
            <SelectTrigger
              id={id}
              ref={field.ref}
              onBlur={field.onBlur}
              aria-invalid={fieldState.invalid}
              aria-describedby={describedBy(id, description, fieldState.invalid)}
              className="w-full"
            >
              <SelectValue placeholder={placeholder ?? "Choose…"} />
            </SelectTrigger>
            <SelectContent>
              {noneLabel && <SelectItem value={NONE}>{noneLabel}</SelectItem>}
              {options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {description && <FieldDescription id={`${id}-description`}>{description}</FieldDescription>}
          <FieldError id={`${id}-error`} errors={[fieldState.error]} />
        </Field>
      )}
    />
  );
}

export function SwitchField({ name, label, description, className }: Common) {
  const { control } = useFormContext<TemplateFormValues>();
  const id = fieldId(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Field orientation="horizontal" className={cn("rounded-md border p-3", className)}>
          <div className="flex flex-1 flex-col gap-1">
            <FieldLabel htmlFor={id}>{label}</FieldLabel>
            {description && <FieldDescription id={`${id}-description`}>{description}</FieldDescription>}
          </div>
          <Switch
            id={id}
            checked={field.value === true}
            onCheckedChange={field.onChange}
            onBlur={field.onBlur}
            aria-describedby={description ? `${id}-description` : undefined}
          />
        </Field>
      )}
    />
  );
}

export const optionsOf = (values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: value }));
