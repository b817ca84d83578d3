"use client";

import { useState } from "react";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";

export type SeedEntry = { queryKey: QueryKey; json: string; updatedAt: number };

/**
 * Puts server-loaded data into the query cache from JSON text. React's server-to-client transport
 * drops own "__proto__" keys, which are legal creation-parameter names, so data holding such
 * user-keyed maps travels as a string and is parsed here (JSON.parse keeps them as own keys).
 * Like HydrationBoundary, it never replaces newer data.
 */
export function SeedQueries({ entries, children }: { entries: SeedEntry[]; children: React.ReactNode }) {
  const queryClient = useQueryClient();
  useState(() => {
    for (const entry of entries) {
      const current = queryClient.getQueryState(entry.queryKey)?.dataUpdatedAt ?? 0;
      if (current < entry.updatedAt) {
        queryClient.setQueryData(entry.queryKey, JSON.parse(entry.json), { updatedAt: entry.updatedAt });
      }
    }
    return null;
  });
  return <>{children}</>;
}
