"use client";

import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient, type FetchQueryOptions, type QueryKey } from "@tanstack/react-query";
import { useQueryStates, type Nullable, type UseQueryStatesKeysMap, type Values } from "nuqs";

import type { listSearchParams } from "./search-params";

export type ListParsers = ReturnType<typeof listSearchParams> & UseQueryStatesKeysMap;
export type Changes<M extends UseQueryStatesKeysMap> = Partial<Nullable<Values<M>>>;

const isSet = (value: unknown) => value !== null && value !== undefined && value !== "";

/**
 * A list page's URL state (page, limit, q, sort and the resource's filters) and the handlers its toolbar,
 * table, empty state and pagination share. Any change but paging goes back to page 1; typing in the
 * search box replaces the history entry instead of adding one per keystroke. `cleared` is what Reset
 * sets: the search and filters (and the page); `filtered` says whether any of them is set.
 */
export function useListPage<M extends ListParsers>(parsers: M, cleared: Changes<M>) {
  const [state, setState] = useQueryStates(parsers, { history: "push" });
  // safe because M includes listSearchParams' keys, so these partial updates are Changes<M>
  const set = setState as unknown as (
    changes: Record<string, unknown>,
    options?: { history: "replace" },
  ) => Promise<URLSearchParams>;
  const values = state as Record<string, unknown>;
  const onSearch = (q: string) => set({ q: q || null, page: null }, { history: "replace" });
  const onFilter = (filters: Changes<M>) => set({ ...filters, page: null });
  const onReset = () => setState(cleared);
  return {
    state,
    setState,
    filtered: Object.keys(cleared).some((key) => key !== "page" && isSet(values[key])),
    onSearch,
    onFilter,
    onReset,
    /** A resource toolbar's props: `<ModelToolbar {...list.toolbar} />`. */
    toolbar: { filters: state, onSearch, onFilter, onReset },
    onSortChange: (sort: string | null) => set({ sort, page: null }),
    onFirstPage: () => set({ page: null }),
    onPageChange: (page: number) => set({ page }),
    onLimitChange: (limit: number) => set({ limit, page: null }),
  };
}

/** What a list section needs of `useListPage`, whatever the resource's filters. */
export type ListControls = Pick<
  ReturnType<typeof useListPage<ListParsers>>,
  "filtered" | "onReset" | "onSortChange" | "onFirstPage" | "onPageChange" | "onLimitChange"
> & { state: { page: number; limit: number; sort: string | null } };

/** Pointing at a row warms what opening it needs: the detail query and the route. Pass module-level functions. */
export function useRowIntent<T, TData, TKey extends QueryKey>(
  detail: (row: T) => FetchQueryOptions<TData, Error, TData, TKey> | null,
  href: (row: T) => string,
) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(
    (row: T) => {
      const options = detail(row);
      if (!options) return;
      void queryClient.prefetchQuery(options);
      router.prefetch(href(row));
    },
    [queryClient, router, detail, href],
  );
}
