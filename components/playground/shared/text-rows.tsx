"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

/** An editable list of texts (embedding inputs, rerank chunks), each with its own label and error. */
export function TextRows({
  values,
  onChange,
  itemLabel,
  errorFor,
  max = 64,
}: {
  values: string[];
  onChange: (values: string[]) => void;
  itemLabel: string;
  errorFor?: (index: number) => string | undefined;
  max?: number;
}) {
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {values.map((value, index) => {
          const error = errorFor?.(index);
          const id = `${itemLabel.toLowerCase().replace(/\s+/g, "-")}-${index}`;
          return (
            <li key={index} className="flex items-start gap-2">
              <label
                htmlFor={id}
                className="text-muted-foreground mt-2 w-6 shrink-0 text-right font-mono text-xs tabular-nums"
              >
                <span className="sr-only">{itemLabel} </span>
                {index + 1}
              </label>
              <div className="min-w-0 flex-1">
                <Textarea
                  id={id}
                  value={value}
                  rows={1}
                  onChange={(event) => set(index, event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className="min-h-9 resize-y py-2"
                />
                {error && (
                  <p id={`${id}-error`} className="text-destructive mt-1 text-xs">
                    {error}
                  </p>
                )}
              </div>
              <Button
                type="button"
                variant="ghost"
                size="icon-sm"
                aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                disabled={values.length <= 1}
                onClick={() => onChange(values.filter((_, i) => i !== index))}
              >
                <XIcon aria-hidden />
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="ml-6"
        disabled={values.length >= max}
        onClick={() => onChange([...values, ""])}
      >
        <PlusIcon aria-hidden />
        Add {itemLabel.toLowerCase()}
      </Button>
    </div>
  );
}
