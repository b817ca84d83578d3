import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { Model, Page } from "../egp/types";
import type { ModelListParams } from "../schemas/lists";
import { toSearch } from "./search";

const all = ["models"] as const;

export const modelQueries = {
  all,
  lists: () => [...all, "list"] as const,
  list: (params: Partial<ModelListParams>) =>
    queryOptions({
      queryKey: [...all, "list", params] as const,
      queryFn: ({ signal }) => fetchJson<Page<Model>>(`${apiPaths.models}${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  details: () => [...all, "detail"] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...all, "detail", id] as const,
      queryFn: ({ signal }) => fetchJson<Model>(apiPaths.model(id), { signal }),
    }),
};
