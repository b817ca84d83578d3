"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { FieldDescription, FieldError, FieldTitle } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TemplateFormValues } from "@/lib/templates/form-values";
import { fieldId, useFieldError, type FormPath } from "./form-controls";
import { RowButtons } from "./row-buttons";

const ENV = "vendor_configuration.bundle_config.env";

/** Environment variables as name/value rows; names must be unique (checked by the form schema). */
export function EnvEditor() {
  const { control } = useFormContext<TemplateFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: ENV });
  const listError = useFieldError(ENV);
  return (
    <div className="flex flex-col gap-2" role="group" aria-labelledby="template-env-label">
      <FieldTitle id="template-env-label">Environment variables</FieldTitle>
      <FieldDescription>
        Passed to the container; a model&apos;s creation parameters are added to them.
      </FieldDescription>
      {fields.length > 0 && (
        <ul className="flex flex-col gap-2">
          {fields.map((field, index) => (
            <li
              key={field.id}
              className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-start gap-2"
            >
              <EnvInput
                name={`${ENV}.${index}.key`}
                label={`Variable ${index + 1} name`}
                placeholder="NAME"
              />
              <EnvInput
                name={`${ENV}.${index}.value`}
                label={`Variable ${index + 1} value`}
                placeholder="value"
              />
              <RowButtons
                index={index}
                count={fields.length}
                what={`variable ${index + 1}`}
                onRemove={remove}
              />
            </li>
          ))}
        </ul>
      )}
      <FieldError errors={[listError]} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="w-fit"
        onClick={() => append({ key: "", value: "" })}
      >
        <PlusIcon aria-hidden />
        Add variable
      </Button>
    </div>
  );
}

function EnvInput({ name, label, placeholder }: { name: FormPath; label: string; placeholder: string }) {
  const { register } = useFormContext<TemplateFormValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <Input
        id={id}
        className="font-mono"
        aria-label={label}
        placeholder={placeholder}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        {...register(name)}
      />
      <FieldError id={`${id}-error`} errors={[error]} />
    </div>
  );
}
