"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { FieldDescription, FieldError, FieldTitle } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TemplateFormValues } from "@/lib/templates/form-values";
import { fieldId, useFieldError } from "./form-controls";
import { RowButtons } from "./row-buttons";

type ListName =
  "vendor_configuration.bundle_config.command" | "vendor_configuration.bundle_config.streaming_command";

/** A command as one input per argument (no shell quoting to get wrong). */
export function ArgumentList({
  name,
  label,
  description,
}: {
  name: ListName;
  label: string;
  description: string;
}) {
  const { control } = useFormContext<TemplateFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  return (
    <div className="flex flex-col gap-2" role="group" aria-labelledby={`${fieldId(name)}-label`}>
      <FieldTitle id={`${fieldId(name)}-label`}>{label}</FieldTitle>
      <FieldDescription>{description}</FieldDescription>
      {fields.length > 0 && (
        <ol className="flex flex-col gap-2">
          {fields.map((field, index) => (
            <ArgumentRow key={field.id} name={`${name}.${index}.value`} index={index} label={label}>
              <RowButtons
                index={index}
                count={fields.length}
                what={`argument ${index + 1}`}
                onMove={move}
                onRemove={remove}
              />
            </ArgumentRow>
          ))}
        </ol>
      )}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="w-fit"
        onClick={() => append({ value: "" })}
      >
        <PlusIcon aria-hidden />
        Add argument
      </Button>
    </div>
  );
}

function ArgumentRow({
  name,
  index,
  label,
  children,
}: {
  name: `${ListName}.${number}.value`;
  index: number;
  label: string;
  children: React.ReactNode;
}) {
  const { register } = useFormContext<TemplateFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <li className="flex flex-col gap-1" aria-label={`${label} argument ${index + 1}`}>
      <div className="flex items-center gap-2">
        <span className="text-muted-foreground w-5 text-right font-mono text-xs" aria-hidden>
          {index}
        </span>
        <Input
          id={id}
          className="font-mono"
          aria-label={`${label} argument ${index + 1}`}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register(name)}
        />
        {children}
      </div>
      <FieldError id={`${id}-error`} className="pl-7" errors={[error]} />
    </li>
  );
}
