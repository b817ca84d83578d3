"use client";

import { LazySelect } from "@/components/lazy/lazy-select";
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
    <LazySelect
      label={label}
      value={value ?? ALL}
      options={[{ value: ALL, label: allLabel }, ...options]}
      onValueChange={(next) => onChange(options.find((option) => option.value === next)?.value ?? null)}
      className={cn("h-9 min-w-36", value && "border-primary/40 bg-primary/5", className)}
    />
  );
}

/** "CHAT_COMPLETION" → "Chat completion" for filter options and badges. */
export function humanize(value: string): string {
  const text = value.toLowerCase().replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
