"use client";

import { useCallback } from "react";
import { useQuery, type FetchQueryOptions, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import type { Values } from "nuqs";

import type { Page } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { useListPage, useRowIntent, type Changes, type ListParsers } from "./use-list-page";

const noDetail = () => null;
const noHref = () => "";

/**
 * A resource list: its URL state, its page fetched with `query(state)` (the list's fetcher), and, given
 * the row's `detail` query and `href`, rows that seed their detail query and warm it on hover.
 * Pass module-level functions for `detail` and `href`. The result spreads into `ListPage`/`ListSection`.
 */
export function useResourceList<
  M extends ListParsers,
  T,
  TKey extends QueryKey,
  TDetail = unknown,
  TDetailKey extends QueryKey = QueryKey,
>({
  parsers,
  cleared,
  query,
  detail,
  href,
}: {
  parsers: M;
  cleared: Changes<M>;
  query: (state: Values<M>) => UseQueryOptions<Page<T>, Error, Page<T>, TKey>;
  detail?: (row: T) => FetchQueryOptions<TDetail, Error, TDetail, TDetailKey> | null;
  href?: (row: T) => string;
}) {
  const list = useListPage(parsers, cleared);
  const result = useQuery(query(list.state));
  const detailKey = useCallback((row: T) => (detail ?? noDetail)(row)?.queryKey ?? null, [detail]);
  useSeedDetails(detail && result.data?.items, detailKey, result.dataUpdatedAt);
  const onRowIntent = useRowIntent(detail ?? noDetail, href ?? noHref);
  return {
    list,
    query: result,
    getRowHref: href,
    onRowIntent: detail && href ? onRowIntent : undefined,
  };
}
