"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";

import { applyApiErrors, namedField } from "@/components/forms/apply-api-errors";

/**
 * A flat form whose `onSubmit` calls the API: zod validates the inputs; a rejected `onSubmit` keeps every
 * input, puts the server's problems on the `fields` they name, and shows the rest as `formError` (null
 * when every problem found its field).
 */
export function useApiForm<In extends FieldValues, Out extends FieldValues>({
  schema,
  defaultValues,
  fields,
  onSubmit,
}: {
  schema: z.ZodType<Out, In>;
  defaultValues: DefaultValues<In>;
  fields: readonly string[];
  onSubmit: (values: Out) => Promise<void>;
}) {
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const fallback = error instanceof Error ? error.message : "Saving failed.";
      const { message, placed, unplaced } = applyApiErrors(error, form.setError, namedField(fields), {
        fallback,
      });
      setFormError(placed > 0 && unplaced.length === 0 ? null : message);
    }
  });
  return { form, submit, formError };
}
