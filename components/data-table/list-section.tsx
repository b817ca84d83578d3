"use client";

import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";

import type { Page } from "@/lib/egp/types";
import { DataTable } from "./data-table";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableToolbar } from "./data-table-toolbar";
import { LazyListEmpty } from "./lazy-list-empty";
import type { DataTableColumn } from "./types";
import type { ListControls } from "./use-list-page";

type Row = { id: string };

export type ListSectionProps<T extends Row> = {
  /** Names the section and its table. */
  label: string;
  /** Shown above the toolbar, inside the section (a list inside a page has its own heading). */
  heading?: ReactNode;
  /** The URL state of a paged list (from `useListPage`); without it the table is one page, unsorted. */
  list?: ListControls;
  query: UseQueryResult<Page<T>, Error>;
  columns: DataTableColumn<T>[];
  getRowHref?: (row: T) => string;
  onRowIntent?: (row: T) => void;
  /** A resource's own toolbar (search, filters and Reset), above the table. */
  toolbar?: ReactNode;
  /** Or just the search and filter controls: they go in a toolbar whose Reset clears `list`'s filters. */
  filters?: ReactNode;
  /** Said between the toolbar and the table (ListPage puts the remote-mode notice here). */
  notice?: ReactNode;
  /** What the rows are, for the empty states of a paged list: "models". */
  noun?: string;
  /** What an empty list says when nothing is filtered. */
  empty: ReactNode;
  skeletonRows?: number;
  /** Classes of the table element (see DataTable). */
  tableClassName?: string;
  /** Shows the page footer (default: whenever `list` is given). */
  paginate?: boolean;
};

/** A list's section: toolbar, a notice, the table with its empty and error states, the page footer. */
export function ListSection<T extends Row>({
  label,
  heading,
  list,
  query,
  columns,
  getRowHref,
  onRowIntent,
  toolbar,
  filters,
  notice,
  noun = "items",
  empty,
  skeletonRows,
  tableClassName,
  paginate = Boolean(list),
}: ListSectionProps<T>) {
  return (
    <section aria-label={label} className="flex flex-col gap-4">
      {heading}
      {toolbar}
      {filters && list && (
        <DataTableToolbar canReset={list.filtered} onReset={list.onReset}>
          {filters}
        </DataTableToolbar>
      )}
      {notice}
      <DataTable
        label={label}
        columns={columns}
        query={query}
        getRowId={(row) => row.id}
        getRowHref={getRowHref}
        onRowIntent={onRowIntent}
        sort={list?.state.sort ?? null}
        onSortChange={list?.onSortChange ?? (() => undefined)}
        skeletonRows={skeletonRows}
        className={tableClassName}
        empty={
          list ? (
            <LazyListEmpty
              noun={noun}
              page={list.state.page}
              filtered={list.filtered}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
              empty={empty}
            />
          ) : (
            empty
          )
        }
      />
      {list && paginate && (
        <DataTablePagination
          page={list.state.page}
          limit={list.state.limit}
          total={query.data?.total_item_count}
          onPageChange={list.onPageChange}
          onLimitChange={list.onLimitChange}
        />
      )}
    </section>
  );
}
