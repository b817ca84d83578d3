"use client";

import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";

const WIDTHS = ["w-2/3", "w-1/2", "w-3/4", "w-1/3", "w-2/5"];

/** Placeholder rows shaped like the real ones, so the table does not jump when data arrives. */
export function SkeletonRows({ columns, rows = 8 }: { columns: number; rows?: number }) {
  return Array.from({ length: rows }, (_, row) => (
    <TableRow key={row} className="hover:bg-transparent">
      {Array.from({ length: columns }, (_, column) => (
        <TableCell key={column} className="h-12 px-4">
          <Skeleton className={`h-4 ${WIDTHS[(row + column) % WIDTHS.length]}`} />
        </TableCell>
      ))}
    </TableRow>
  ));
}

export function EmptyRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableCell colSpan={columns} className="h-56 text-center whitespace-normal">
        {children}
      </TableCell>
    </TableRow>
  );
}
