import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { ModelGroup, Page } from "../egp/types";
import type { GroupListParams } from "../schemas/lists";
import { toSearch } from "./search";

const all = ["groups"] as const;

export const groupQueries = {
  all,
  lists: () => [...all, "list"] as const,
  list: (params: Partial<GroupListParams>) =>
    queryOptions({
      queryKey: [...all, "list", params] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<ModelGroup>>(`${apiPaths.groups}${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  details: () => [...all, "detail"] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...all, "detail", id] as const,
      queryFn: ({ signal }) => fetchJson<ModelGroup>(apiPaths.group(id), { signal }),
    }),
};
