"use client";

import { lazy, Suspense, useMemo } from "react";
import { useRouter } from "next/navigation";
import type { UseQueryResult } from "@tanstack/react-query";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Page } from "@/lib/egp/types";
import { sameNamed } from "@/lib/same-name";
import { cn } from "@/lib/utils";
import { SortHeader } from "./sort-header";
import { EmptyRow, SkeletonRows } from "./table-states";
import type { DataTableColumn } from "./types";

type DataTableProps<T> = {
  label: string;
  columns: DataTableColumn<T>[];
  query: UseQueryResult<Page<T>, Error>;
  getRowId: (row: T) => string;
  getRowHref?: (row: T) => string;
  /** Hover or focus on a row: warm the caches so opening it is instant. */
  onRowIntent?: (row: T) => void;
  sort: string | null;
  onSortChange: (sort: string | null) => void;
  empty: React.ReactNode;
  skeletonRows?: number;
  /** Classes of the table element, e.g. a layout for phones. */
  className?: string;
};

// A list that could not load is rare: what it says loads when it happens.
const ErrorRow = lazy(() => import("./error-row").then((mod) => ({ default: mod.ErrorRow })));

/** Per `setApart` column, the rows of this page whose label another row shares. */
function twinsByColumn<T>(columns: DataTableColumn<T>[], rows: readonly T[] | undefined) {
  const shared = new Map<string, Set<T>>();
  for (const column of columns) {
    if (column.setApart && rows) shared.set(column.id, sameNamed(rows, column.setApart.label));
  }
  return shared;
}

const INTERACTIVE = "a,button,input,select,textarea,[role=menuitem],[role=dialog]";

/**
 * Server-paginated table on the Table primitive: sortable headers, row links, loading/error/empty rows,
 * and hints on same-named rows of the page (see `DataTableColumn.setApart`).
 */
export function DataTable<T>({
  label,
  columns,
  query,
  getRowId,
  getRowHref,
  onRowIntent,
  sort,
  onSortChange,
  empty,
  skeletonRows = 8,
  className,
}: DataTableProps<T>) {
  const router = useRouter();
  const rows = query.data?.items;
  const span = columns.length;
  const shared = useMemo(() => twinsByColumn(columns, rows), [columns, rows]);

  function onRowClick(event: React.MouseEvent<HTMLTableRowElement>, row: T) {
    const href = getRowHref?.(row);
    if (!href || (event.target as HTMLElement).closest(INTERACTIVE)) return;
    if (window.getSelection()?.toString()) return;
    router.push(href);
  }

  return (
    <div className="bg-card overflow-hidden rounded-lg border">
      <Table aria-label={label} aria-busy={query.isFetching || undefined} className={className}>
        <TableHeader className="bg-muted/40">
          <TableRow className="hover:bg-transparent">
            {columns.map((column) =>
              column.sortField ? (
                <SortHeader
                  key={column.id}
                  label={column.header}
                  field={column.sortField}
                  sort={sort}
                  onSortChange={onSortChange}
                  className={cn("px-4", column.className)}
                />
              ) : (
                <TableHead key={column.id} className={cn("text-muted-foreground px-4", column.className)}>
                  {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
                </TableHead>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody className={cn("transition-opacity", query.isPlaceholderData && "opacity-60")}>
          {query.isPending ? (
            <SkeletonRows columns={span} rows={skeletonRows} />
          ) : query.isError && !rows ? (
            <Suspense>
              <ErrorRow
                columns={span}
                message={query.error.message}
                onRetry={() => void query.refetch()}
                retrying={query.isFetching}
              />
            </Suspense>
          ) : !rows?.length ? (
            <EmptyRow columns={span}>{empty}</EmptyRow>
          ) : (
            rows.map((row) => (
              <TableRow
                key={getRowId(row)}
                data-row-id={getRowId(row)}
                className={cn(getRowHref && "cursor-pointer")}
                onClick={(event) => onRowClick(event, row)}
                onMouseEnter={() => onRowIntent?.(row)}
                onFocus={() => onRowIntent?.(row)}
              >
                {columns.map((column) => (
                  <TableCell key={column.id} className={cn("h-12 px-4", column.className)}>
                    {column.cell(row, {
                      hint: shared.get(column.id)?.has(row) ? column.setApart?.hint(row) : undefined,
                    })}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {query.isError && rows && (
        <div role="alert" className="text-status-danger bg-status-danger-bg border-t px-4 py-2 text-sm">
          Showing earlier results; refreshing failed: {query.error.message}{" "}
          <button type="button" className="font-medium underline" onClick={() => void query.refetch()}>
            Retry
          </button>
        </div>
      )}
    </div>
  );
}
