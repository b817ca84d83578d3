import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { ModelTemplate, Page } from "../egp/types";
import type { TemplateListParams } from "../schemas/lists";
import { toSearch } from "./search";

const all = ["templates"] as const;

export const templateQueries = {
  all,
  lists: () => [...all, "list"] as const,
  list: (params: Partial<TemplateListParams>) =>
    queryOptions({
      queryKey: [...all, "list", params] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<ModelTemplate>>(`${apiPaths.templates}${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  details: () => [...all, "detail"] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...all, "detail", id] as const,
      queryFn: ({ signal }) => fetchJson<ModelTemplate>(apiPaths.template(id), { signal }),
    }),
};
