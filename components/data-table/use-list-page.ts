"use client";

import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient, type FetchQueryOptions, type QueryKey } from "@tanstack/react-query";
import { useQueryStates, type Nullable, type UseQueryStatesKeysMap, type Values } from "nuqs";

import type { listSearchParams } from "./search-params";

type ListParsers = ReturnType<typeof listSearchParams> & UseQueryStatesKeysMap;
type Changes<M extends UseQueryStatesKeysMap> = Partial<Nullable<Values<M>>>;

/**
 * A list page's URL state (page, limit, q, sort and the resource's filters) and the handlers its toolbar,
 * table, empty state and pagination share. Any change but paging goes back to page 1; typing in the
 * search box replaces the history entry instead of adding one per keystroke.
 */
export function useListPage<M extends ListParsers>(parsers: M, cleared: Changes<M>) {
  const [state, setState] = useQueryStates(parsers, { history: "push" });
  // safe because M includes listSearchParams' keys, so these partial updates are Changes<M>
  const set = setState as unknown as (
    changes: Record<string, unknown>,
    options?: { history: "replace" },
  ) => Promise<URLSearchParams>;
  return {
    state,
    setState,
    onSearch: (q: string) => set({ q: q || null, page: null }, { history: "replace" }),
    onFilter: (filters: Changes<M>) => set({ ...filters, page: null }),
    onReset: () => setState(cleared),
    onSortChange: (sort: string | null) => set({ sort, page: null }),
    onFirstPage: () => set({ page: null }),
    onPageChange: (page: number) => set({ page }),
    onLimitChange: (limit: number) => set({ limit, page: null }),
  };
}

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
