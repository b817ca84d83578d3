"use client";

import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import type CoreForm from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import ThemedForm from "@rjsf/shadcn";
import type { ErrorSchema, RJSFSchema, RJSFValidationError } from "@rjsf/utils";

import type { ApiErrorDetail } from "@/lib/api/errors";
import { friendlyMessage } from "@/lib/schema-form/messages";
import {
  fromFormData,
  mapParameterErrors,
  ownValue,
  toFormData,
  toParameterFormModel,
  type ParameterSchemaInput,
} from "@/lib/schema-form/parameter-schema";
import { cn } from "@/lib/utils";
import type { SchemaFormHandle, SchemaFormValues } from "./types";
import { parameterValidator } from "./validator";

export type SchemaFormProps = {
  /** An EGP ParameterSchema (`{ parameters: [...] }`); half-written schemas render what they can. */
  schema: ParameterSchemaInput;
  /** Values keyed by the parameters' EGP names. Read once; remount (key) to reset. */
  defaultValues?: SchemaFormValues;
  onChange?: (values: SchemaFormValues) => void;
  /** Help shown under a field, by EGP name, e.g. `{ BASE_URL: "Changed: re-enter API_KEY too." }`. */
  hints?: Readonly<Record<string, string>>;
  /** Server errors with paths relative to the parameters object, e.g. `[{ path: ["MODEL_PATH"], message }]`. */
  errors?: readonly ApiErrorDetail[];
  /** Imperative handle: `validate()` shows errors and returns the values when they are valid. */
  formRef?: Ref<SchemaFormHandle>;
  /** Prefix for the fields' DOM ids; give each form on a page its own. */
  id?: string;
  disabled?: boolean;
  className?: string;
};

const transformErrors = (errors: RJSFValidationError[]) =>
  errors.map((error) => ({ ...error, message: friendlyMessage(error) }));

// The errors are shown on the fields; RJSF would otherwise log them to the console.
const ignoreErrors = () => {};

/** RJSF over an EGP ParameterSchema. Fields use safe internal keys; values in and out use the EGP names. */
export function SchemaForm({
  schema,
  defaultValues,
  onChange,
  errors,
  hints,
  formRef,
  id = "params",
  disabled,
  className,
}: SchemaFormProps) {
  const model = useMemo(() => toParameterFormModel(schema), [schema]);
  // The theme stacks fields 8px apart; the console's forms breathe more.
  const uiSchema = useMemo(() => {
    const hintOf = new Map(model.fields.map((f) => [f.key, hints && ownValue(hints, f.name)]));
    return Object.fromEntries(
      Object.entries(model.uiSchema).map(([key, ui]) => {
        const help = hintOf.get(key);
        const extra = typeof help === "string" ? { "ui:help": help } : {};
        return [key, { ...ui, "ui:classNames": "pb-3", ...extra }];
      }),
    );
  }, [model, hints]);
  const rjsf = useRef<CoreForm>(null);
  // Values by EGP name survive schema edits (the template editor's live preview renames and reorders).
  const [values, setValues] = useState<SchemaFormValues>(() =>
    Object.fromEntries(Object.entries(defaultValues ?? {})),
  );
  const formData = useMemo(() => toFormData(model, values), [model, values]);
  const valuesRef = useRef(values);

  // Server errors stay on a field until its value changes.
  const [edited, setEdited] = useState<{ errors: typeof errors; keys: Set<string> }>({
    errors,
    keys: new Set(),
  });
  if (edited.errors !== errors) setEdited({ errors, keys: new Set() });
  const mapped = useMemo(() => mapParameterErrors(model, errors ?? []), [model, errors]);
  const extraErrors = useMemo(() => {
    const schemaErrors: Record<string, { __errors: string[] }> = {};
    for (const [key, messages] of mapped.byKey) {
      if (!edited.keys.has(key)) schemaErrors[key] = { __errors: messages };
    }
    return schemaErrors as ErrorSchema;
  }, [mapped, edited.keys]);

  const handleChange = useCallback(
    (event: IChangeEvent, fieldId?: string) => {
      const next = fromFormData(model, (event.formData ?? {}) as Record<string, unknown>);
      // Keep values of fields that the current schema no longer shows; a Map keeps odd names ordinary.
      const merged = new Map(Object.entries(valuesRef.current));
      for (const field of model.fields) merged.delete(field.name);
      for (const [name, value] of Object.entries(next)) merged.set(name, value);
      const plain = Object.fromEntries(merged);
      valuesRef.current = plain;
      setValues(plain);
      const key = fieldId?.slice(id.length + 1);
      if (key && mapped.byKey.has(key)) setEdited((prev) => ({ ...prev, keys: new Set(prev.keys).add(key) }));
      onChange?.(next);
    },
    [model, id, mapped, onChange],
  );

  // RJSF's own focusing looks the field up in a <form>'s elements; this form renders as a <div>.
  const focusField = useCallback(
    (error: RJSFValidationError) => {
      const key = error.property?.replace(/^\./, "");
      if (key) document.getElementById(`${id}_${key}`)?.focus();
    },
    [id],
  );

  useImperativeHandle(
    formRef,
    () => ({
      validate: () => {
        const ok = rjsf.current?.validateForm() ?? true;
        return ok
          ? { ok: true, values: fromFormData(model, toFormData(model, valuesRef.current)) }
          : { ok: false };
      },
      values: () => fromFormData(model, toFormData(model, valuesRef.current)),
    }),
    [model],
  );

  if (model.fields.length === 0) {
    return (
      <p className={cn("text-muted-foreground text-sm", className)}>This template takes no parameters.</p>
    );
  }

  return (
    // The theme pads each input by 2px; without it the fields line up with the rest of the page.
    <div className={cn("schema-form [&_div:has(>input)]:p-0", className)} data-slot="schema-form">
      <ThemedForm
        ref={rjsf}
        tagName="div"
        idPrefix={id}
        idSeparator="_"
        schema={model.jsonSchema as RJSFSchema}
        uiSchema={uiSchema}
        formData={formData}
        validator={parameterValidator}
        onChange={handleChange}
        extraErrors={extraErrors}
        transformErrors={transformErrors}
        onError={ignoreErrors}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError={focusField}
        disabled={disabled}
      >
        <></>
      </ThemedForm>
      {mapped.general.length > 0 && (
        <ul className="text-destructive mt-2 space-y-1 text-sm" role="alert">
          {mapped.general.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
