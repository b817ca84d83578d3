import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import type { Deployment, Page } from "../egp/types";
import type { DeploymentListParams } from "../schemas/lists";
import { toSearch } from "./search";

const all = ["deployments"] as const;
const id = encodeURIComponent;

export const deploymentQueries = {
  all,
  lists: () => [...all, "list"] as const,
  list: (params: Partial<DeploymentListParams>) =>
    queryOptions({
      queryKey: [...all, "list", params] as const,
      queryFn: ({ signal }) => fetchJson<Page<Deployment>>(`/api/deployments${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  ofModel: (modelId: string, params: Partial<DeploymentListParams> = {}) =>
    queryOptions({
      queryKey: [...all, "list", { ...params, model: modelId }] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<Deployment>>(`/api/models/${id(modelId)}/deployments${toSearch(params)}`, { signal }),
    }),
  details: () => [...all, "detail"] as const,
  detail: (modelId: string, deploymentId: string) =>
    queryOptions({
      queryKey: [...all, "detail", deploymentId] as const,
      queryFn: ({ signal }) =>
        fetchJson<Deployment>(`/api/models/${id(modelId)}/deployments/${id(deploymentId)}`, { signal }),
    }),
};
