"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/lib/utils";

const ALL = "__all__";

export type FilterOption<V extends string = string> = { value: V; label: string };

/** A single-choice filter; "All …" clears it (Radix Select cannot hold an empty value). */
export function DataTableFilter<V extends string>({
  label,
  allLabel,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  allLabel: string;
  value: V | null;
  options: readonly FilterOption<V>[];
  onChange: (value: V | null) => void;
  className?: string;
}) {
  return (
    <Select
      value={value ?? ALL}
      onValueChange={(next) => onChange(options.find((option) => option.value === next)?.value ?? null)}
    >
      <SelectTrigger
        aria-label={label}
        className={cn("h-9 min-w-36", value && "border-primary/40 bg-primary/5", className)}
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={ALL}>{allLabel}</SelectItem>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** "CHAT_COMPLETION" → "Chat completion" for filter options and badges. */
export function humanize(value: string): string {
  const text = value.toLowerCase().replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
