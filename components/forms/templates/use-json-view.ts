"use client";

import { useCallback, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { templateRequestSchema } from "@/lib/schemas/templates";
import { templateToCliJson } from "@/lib/templates/cli-format";
import { formToRequestInput, requestToForm, type TemplateFormValues } from "@/lib/templates/form-values";
import { parseTemplateJson, type TemplateJsonResult } from "@/lib/templates/template-json";

export type TemplateView = "form" | "json";

/** The CLI JSON for the form's values; falls back to the raw request while the form has errors. */
export function formJson(values: TemplateFormValues): string {
  const input = formToRequestInput(values);
  const parsed = templateRequestSchema.safeParse(input);
  return parsed.success ? templateToCliJson(parsed.data) : `${JSON.stringify(input, null, 2)}\n`;
}

/**
 * The JSON view of the same form: text regenerated from the form whenever the view opens, and every
 * valid edit written back into the form, so the two never disagree.
 */
export function useJsonView(form: UseFormReturn<TemplateFormValues>) {
  const [view, setView] = useState<TemplateView>("form");
  const [text, setText] = useState("");
  const [result, setResult] = useState<TemplateJsonResult | null>(null);

  const applyText = useCallback(
    (next: string) => {
      setText(next);
      const parsed = parseTemplateJson(next);
      setResult(parsed);
      if (parsed.ok) form.reset(requestToForm(parsed.request), { keepDefaultValues: true });
      return parsed;
    },
    [form],
  );

  const switchView = useCallback(
    (next: TemplateView) => {
      if (next === "json") {
        const fresh = formJson(form.getValues());
        setText(fresh);
        setResult(parseTemplateJson(fresh));
      }
      setView(next);
    },
    [form],
  );

  const importText = useCallback(
    (next: string) => {
      setView("json");
      return applyText(next);
    },
    [applyText],
  );

  return {
    view,
    switchView,
    text,
    result,
    applyText,
    importText,
    blocked: view === "json" && result?.ok === false,
  };
}
