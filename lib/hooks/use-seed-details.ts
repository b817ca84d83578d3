"use client";

import { useEffect } from "react";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";

/**
 * Puts each list row into its detail query when that is not cached yet, dated like the list,
 * so opening a row renders at once and refetches only when the list data was already stale.
 * A row whose `detailKey` is null has no detail query and is skipped.
 */
export function useSeedDetails<T>(
  items: readonly T[] | undefined,
  detailKey: (item: T) => QueryKey | null,
  updatedAt: number,
): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!items) return;
    for (const item of items) {
      const key = detailKey(item);
      if (key && queryClient.getQueryData(key) === undefined)
        queryClient.setQueryData(key, item, { updatedAt });
    }
  }, [items, detailKey, updatedAt, queryClient]);
}
