"use client";

import { ChevronDownIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { lazyMenu } from "./lazy-menu";
import type { SimpleSelectProps } from "./simple-select";

// Same classes as components/ui/select.tsx's SelectTrigger, so nothing moves when the real one mounts.
const TRIGGER =
  "border-input data-[placeholder]:text-muted-foreground [&_svg:not([class*='text-'])]:text-muted-foreground focus-visible:border-ring focus-visible:ring-ring/50 dark:bg-input/30 dark:hover:bg-input/50 flex w-fit items-center justify-between gap-2 rounded-md border bg-transparent px-3 py-2 text-sm whitespace-nowrap shadow-xs transition-[color,box-shadow] outline-none focus-visible:ring-[3px] disabled:cursor-not-allowed disabled:opacity-50 data-[size=default]:h-9 data-[size=sm]:h-8 *:data-[slot=select-value]:line-clamp-1 *:data-[slot=select-value]:flex *:data-[slot=select-value]:items-center *:data-[slot=select-value]:gap-2 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4";

/** The closed select, as Radix renders it, before its code has loaded. */
function SelectPlaceholder({ label, value, options, size = "default", className }: SimpleSelectProps) {
  return (
    <button
      type="button"
      // No aria-controls: the listbox it would name does not exist until the select has loaded.
      // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="none"
      aria-label={label}
      data-slot="select-trigger"
      data-size={size}
      className={cn(TRIGGER, className)}
    >
      <span data-slot="select-value" style={{ pointerEvents: "none" }}>
        {options.find((option) => option.value === value)?.label ?? value}
      </span>
      <ChevronDownIcon aria-hidden className="size-4 opacity-50" />
    </button>
  );
}

/**
 * A select whose Radix code (popper, scroll lock, focus scope) loads on first press: list pages show
 * filters and a page-size select at first paint, but few visits change them.
 */
export const LazySelect = lazyMenu(
  () => import("./simple-select").then((mod) => mod.SimpleSelect),
  SelectPlaceholder,
);
