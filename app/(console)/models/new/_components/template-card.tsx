import { ChevronRightIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { timeAgo } from "@/components/data-table/cells";
import type { ModelTemplate } from "@/lib/egp/types";
import { SHORT_ID } from "@/lib/same-name";

/** A template as a large, keyboard-reachable choice. */
export function TemplateCard({ template, onPick }: { template: ModelTemplate; onPick: () => void }) {
  const bundle = template.vendor_configuration.bundle_config;
  const parameters = template.model_creation_parameters_schema?.parameters ?? [];
  const required = parameters.filter((p) => p.required).length;
  return (
    <button
      type="button"
      onClick={onPick}
      aria-label={`Use template ${template.name}`}
      className="group bg-card hover:border-primary/50 hover:bg-accent/40 focus-visible:ring-ring/50 flex h-full w-full flex-col gap-3 rounded-lg border p-4 text-left transition-colors outline-none focus-visible:ring-[3px]"
    >
      <span className="flex w-full items-start justify-between gap-2">
        <span className="line-clamp-2 font-medium">{template.name}</span>
        <ChevronRightIcon
          aria-hidden
          className="text-muted-foreground mt-0.5 size-4 shrink-0 transition-transform group-hover:translate-x-0.5"
        />
      </span>
      <span className="flex flex-wrap gap-1.5">
        <Badge variant="secondary">{template.model_type}</Badge>
        <Badge variant="outline">{template.endpoint_type}</Badge>
      </span>
      <span className="text-muted-foreground mt-auto flex flex-wrap gap-x-3 gap-y-1 text-xs">
        <span className="truncate font-mono">
          {bundle.registry}/{bundle.image}
          {bundle.tag && `:${bundle.tag}`}
        </span>
        <span>
          {parameters.length === 0
            ? "No parameters"
            : `${parameters.length} parameter${parameters.length === 1 ? "" : "s"}${required ? `, ${required} required` : ""}`}
        </span>
        {/* Same-named templates are told apart by when they were made and their id. */}
        <span suppressHydrationWarning className="tabular-nums">
          {timeAgo(template.created_at)} · <span className="font-mono">{template.id.slice(0, SHORT_ID)}</span>
        </span>
      </span>
    </button>
  );
}
