"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export type SelectOption = { value: string; label: string };

export type SimpleSelectProps = {
  /** The trigger's accessible name. */
  label: string;
  value: string;
  options: readonly SelectOption[];
  onValueChange: (value: string) => void;
  size?: "sm" | "default";
  className?: string;
};

/** A single-choice Radix Select over plain options; LazySelect loads it on first press. */
export function SimpleSelect({
  label,
  value,
  options,
  onValueChange,
  size,
  className,
  defaultOpen,
}: SimpleSelectProps & { defaultOpen?: boolean }) {
  return (
    <Select value={value} onValueChange={onValueChange} defaultOpen={defaultOpen}>
      <SelectTrigger size={size} className={className} aria-label={label}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
