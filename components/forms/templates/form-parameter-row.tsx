"use client";

import { Controller, useFormContext } from "react-hook-form";

import { Checkbox } from "@/components/ui/checkbox";
import { FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ParameterSchemaFieldTypeValues } from "@/lib/egp/enums.gen";
import type { ParameterSchemaKey, TemplateFormValues } from "@/lib/templates/form-values";
import { fieldId, useFieldError } from "./form-controls";
import { RowButtons } from "./row-buttons";

type RowPath = `${ParameterSchemaKey}.parameters.${number}`;

/** One parameter: name, type, required and description, with move and remove buttons. */
export function ParameterRowEditor({
  path,
  index,
  count,
  label,
  onMove,
  onRemove,
}: {
  path: RowPath;
  index: number;
  count: number;
  label: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const { register, control } = useFormContext<TemplateFormValues>();
  const nameError = useFieldError(`${path}.name`);
  const descriptionError = useFieldError(`${path}.description`);
  const id = fieldId(path);
  const what = `${label} ${index + 1}`;
  return (
    <li className="bg-background flex flex-col gap-3 rounded-lg border p-3" aria-label={what}>
      <div className="flex items-start gap-2">
        <div className="grid min-w-0 flex-1 gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <div className="flex min-w-0 flex-col gap-1.5">
            <FieldLabel htmlFor={`${id}-name`} className="text-xs">
              Name
              <span className="sr-only"> of {what}</span>
            </FieldLabel>
            <Input
              id={`${id}-name`}
              className="font-mono"
              autoComplete="off"
              aria-invalid={!!nameError}
              aria-describedby={nameError ? `${id}-name-error` : undefined}
              {...register(`${path}.name`)}
            />
            <FieldError id={`${id}-name-error`} errors={[nameError]} />
          </div>
          <div className="flex flex-col gap-1.5">
            <FieldLabel htmlFor={`${id}-type`} className="text-xs">
              Type
              <span className="sr-only"> of {what}</span>
            </FieldLabel>
            <Controller
              control={control}
              name={`${path}.type`}
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger
                    id={`${id}-type`}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    className="w-full font-mono"
                  >
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {ParameterSchemaFieldTypeValues.map((type) => (
                      <SelectItem key={type} value={type} className="font-mono">
                        {type}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </div>
        </div>
        <div className="pt-6">
          <RowButtons index={index} count={count} what={what} onMove={onMove} onRemove={onRemove} />
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <FieldLabel htmlFor={`${id}-description`} className="text-xs">
          Description
          <span className="sr-only"> of {what}</span>
        </FieldLabel>
        <Input
          id={`${id}-description`}
          aria-invalid={!!descriptionError}
          placeholder="What this parameter is for"
          {...register(`${path}.description`)}
        />
        <FieldError errors={[descriptionError]} />
      </div>
      <Controller
        control={control}
        name={`${path}.required`}
        render={({ field }) => (
          <div className="flex items-center gap-2">
            <Checkbox
              id={`${id}-required`}
              checked={field.value}
              onCheckedChange={(checked) => field.onChange(checked === true)}
              onBlur={field.onBlur}
            />
            <FieldLabel htmlFor={`${id}-required`} className="text-sm font-normal">
              Required
              <span className="sr-only"> ({what})</span>
            </FieldLabel>
          </div>
        )}
      />
    </li>
  );
}
