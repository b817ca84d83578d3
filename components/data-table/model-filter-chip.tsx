"use client";

import { useQuery } from "@tanstack/react-query";
import { XIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { modelQueries } from "@/lib/queries/models";

/** A list narrowed to one model (from a link, not a picker) says which, by name, with a way to widen it. */
export function ModelFilterChip({
  label,
  modelId,
  clearLabel,
  onClear,
}: {
  label: string;
  modelId: string;
  clearLabel: string;
  onClear: () => void;
}) {
  const model = useQuery(modelQueries.detail(modelId));
  return (
    <Badge variant="secondary" className="h-9 gap-1.5 rounded-md px-3 text-sm font-normal">
      {label}:{" "}
      <span className="max-w-40 truncate font-medium">
        {model.data?.display_name || model.data?.name || modelId}
      </span>
      <button
        type="button"
        aria-label={clearLabel}
        className="hover:text-foreground -mr-1 rounded-sm p-0.5"
        onClick={onClear}
      >
        <XIcon className="size-3.5" />
      </button>
    </Badge>
  );
}
