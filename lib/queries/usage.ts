import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { UsageQuery, UsageScope, UsageStatistics } from "../schemas/usage";
import { toSearch } from "./search";

const all = ["usage"] as const;

export const usageQueries = {
  all,
  detail: (scope: UsageScope, id: string, query: UsageQuery) =>
    queryOptions({
      queryKey: [...all, scope, id, query] as const,
      queryFn: ({ signal }) =>
        fetchJson<UsageStatistics>(`${apiPaths.usage(scope, id)}${toSearch(query)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
};
