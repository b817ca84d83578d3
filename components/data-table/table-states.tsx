"use client";

import { CircleAlertIcon, RotateCwIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
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

/** Shown in place of the rows: the server's message and a way to try again. */
export function ErrorRow({
  columns,
  message,
  onRetry,
  retrying,
}: {
  columns: number;
  message: string;
  onRetry: () => void;
  retrying?: boolean;
}) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableCell colSpan={columns} className="h-48 text-center whitespace-normal">
        <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3">
          <span className="bg-status-danger-bg text-status-danger flex size-10 items-center justify-center rounded-lg">
            <CircleAlertIcon aria-hidden className="size-5" />
          </span>
          <p className="font-medium">Could not load this list</p>
          <p className="text-muted-foreground text-sm">{message}</p>
          <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
            <RotateCwIcon className={retrying ? "animate-spin" : undefined} /> Retry
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );
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
