"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { PlusIcon } from "lucide-react";

import { LazySchemaForm } from "@/components/schema-form/lazy";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { ParameterSchemaKey, TemplateFormValues } from "@/lib/templates/form-values";
import { useFieldError } from "./form-controls";
import { ParameterRowEditor } from "./form-parameter-row";
import { FormSection } from "@/components/forms/form-section";

/**
 * Edits one ParameterSchema (add, remove, reorder with buttons) beside a live preview of the form
 * a model creator or caller will see.
 */
export function FormParameters({
  schema,
  title,
  description,
  previewTitle,
}: {
  schema: ParameterSchemaKey;
  title: string;
  description: string;
  previewTitle: string;
}) {
  const { control } = useFormContext<TemplateFormValues>();
  const name = `${schema}.parameters` as const;
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const parameters = useWatch({ control, name });
  const listError = useFieldError(name);
  const label = schema === "model_creation_parameters_schema" ? "creation parameter" : "request parameter";
  return (
    <FormSection title={title} description={description}>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-3">
          {fields.length === 0 ? (
            <p className="text-muted-foreground rounded-md border border-dashed p-4 text-center text-sm">
              No parameters yet.
            </p>
          ) : (
            <ol className="flex flex-col gap-3" aria-label={title}>
              {fields.map((field, index) => (
                <ParameterRowEditor
                  key={field.id}
                  path={`${name}.${index}`}
                  index={index}
                  count={fields.length}
                  label={label}
                  onMove={move}
                  onRemove={remove}
                />
              ))}
            </ol>
          )}
          <FieldError errors={[listError]} />
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="w-fit"
            onClick={() => append({ name: "", type: "str", description: "", required: false })}
          >
            <PlusIcon aria-hidden />
            Add {label}
          </Button>
        </div>
        <aside
          aria-label={previewTitle}
          className="bg-muted/40 flex min-w-0 flex-col gap-3 self-start rounded-lg border border-dashed p-4"
        >
          <div>
            <h3 className="text-sm font-medium">{previewTitle}</h3>
            <p className="text-muted-foreground text-xs">Preview: updates as you edit.</p>
          </div>
          <LazySchemaForm schema={{ parameters }} id={`preview-${schema}`} />
        </aside>
      </div>
    </FormSection>
  );
}
