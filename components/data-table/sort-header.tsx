"use client";

import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";

import { TableHead } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { nextSort, parseSort } from "./sort";

/** A header that sorts by `field` on click; aria-sort tells assistive tech the current order. */
export function SortHeader({
  label,
  field,
  sort,
  onSortChange,
  className,
}: {
  label: string;
  field: string;
  sort: string | null;
  onSortChange: (sort: string | null) => void;
  className?: string;
}) {
  const current = parseSort(sort);
  const direction = current?.field === field ? current.direction : null;
  const Icon = direction === "asc" ? ArrowUpIcon : direction === "desc" ? ArrowDownIcon : ChevronsUpDownIcon;
  return (
    <TableHead
      className={className}
      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
    >
      <button
        type="button"
        onClick={() => onSortChange(nextSort(sort, field))}
        className={cn(
          "hover:text-foreground focus-visible:ring-ring/50 -ml-2 inline-flex h-8 items-center gap-1.5 rounded-md px-2 outline-none focus-visible:ring-[3px]",
          direction ? "text-foreground" : "text-muted-foreground",
        )}
      >
        {label}
        <Icon aria-hidden className={cn("size-3.5", !direction && "opacity-50")} />
        <span className="sr-only">
          {direction === "asc" ? ", sorted ascending" : direction === "desc" ? ", sorted descending" : ""}
        </span>
      </button>
    </TableHead>
  );
}
