"use client";

import { CircleAlertIcon, CircleCheckIcon } from "lucide-react";

import { Field, FieldDescription, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { formatPath, type TemplateJsonResult } from "@/lib/templates/template-json";

/** The template as model-template.json, edited as text. */
export function FormJson({
  text,
  result,
  onTextChange,
}: {
  text: string;
  result: TemplateJsonResult | null;
  onTextChange: (text: string) => void;
}) {
  const invalid = result !== null && !result.ok;
  return (
    <div className="bg-card rounded-xl border p-6 shadow-sm">
      <Field data-invalid={invalid}>
        <FieldLabel htmlFor="template-json">model-template.json</FieldLabel>
        <FieldDescription id="template-json-description">
          The same template as the EGP CLI&apos;s file. Valid edits update the form; drop a .json file here to
          import it.
        </FieldDescription>
        <Textarea
          id="template-json"
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={invalid}
          aria-describedby="template-json-description template-json-status"
          className="text-foreground min-h-[28rem] font-mono text-[13px] leading-relaxed"
        />
      </Field>
      <div id="template-json-status" className="mt-3 text-sm" aria-live="polite">
        {result === null ? null : result.ok ? (
          <p className="text-status-success flex items-center gap-1.5">
            <CircleCheckIcon aria-hidden className="size-4" />
            Valid template; the form is up to date.
          </p>
        ) : (
          <div role="alert" className="text-destructive space-y-1">
            <p className="flex items-center gap-1.5 font-medium">
              <CircleAlertIcon aria-hidden className="size-4" />
              {result.syntax
                ? "Not valid JSON"
                : "The template has problems; the form keeps the last valid version."}
            </p>
            <ul className="space-y-0.5 pl-6">
              {result.syntax && <li>{result.syntax}</li>}
              {result.issues.map((issue, index) => (
                <li key={index}>
                  <code className="font-mono text-xs">{formatPath(issue.path)}</code>: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
