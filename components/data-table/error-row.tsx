"use client";

import { CircleAlertIcon, RotateCwIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";

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
