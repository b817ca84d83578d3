"use client";

import { CheckCircle2Icon, CircleAlertIcon } from "lucide-react";
import { Textarea } from "@/components/ui/textarea";
import type { ToolsParse } from "@/lib/playground/tools";

/** Tools as JSON Schema, checked on every keystroke so a broken definition is never sent. */
export function ToolsEditor({
  text,
  onChange,
  parsed,
}: {
  text: string;
  onChange: (text: string) => void;
  parsed: ToolsParse;
}) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor="agent-tools" className="text-sm font-medium">
          Tools (JSON)
        </label>
        {parsed.ok ? (
          <span className="text-status-success inline-flex items-center gap-1 text-xs">
            <CheckCircle2Icon aria-hidden className="size-3.5" />
            {parsed.tools.length} valid tool{parsed.tools.length === 1 ? "" : "s"}
          </span>
        ) : null}
      </div>
      <Textarea
        id="agent-tools"
        value={text}
        rows={10}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby="agent-tools-help agent-tools-error"
        className="max-h-96 font-mono text-xs"
      />
      <p id="agent-tools-help" className="text-muted-foreground text-xs">
        An array of{" "}
        <code className="font-mono">{`{name, description, arguments: {type: "object", properties}}`}</code>;
        each property needs a JSON type and a description.
      </p>
      {!parsed.ok && (
        <p id="agent-tools-error" role="alert" className="text-destructive flex items-start gap-1 text-xs">
          <CircleAlertIcon aria-hidden className="mt-px size-3.5 shrink-0" />
          {parsed.error}
        </p>
      )}
    </div>
  );
}
