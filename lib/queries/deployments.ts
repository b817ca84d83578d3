import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { Deployment, Page } from "../egp/types";
import type { DeploymentListParams } from "../schemas/lists";
import { toSearch } from "./search";

const all = ["deployments"] as const;

export const deploymentQueries = {
  all,
  lists: () => [...all, "list"] as const,
  list: (params: Partial<DeploymentListParams>) =>
    queryOptions({
      queryKey: [...all, "list", params] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<Deployment>>(`${apiPaths.deployments}${toSearch(params)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  ofModel: (modelId: string, params: Partial<DeploymentListParams> = {}) =>
    queryOptions({
      queryKey: [...all, "list", { ...params, model: modelId }] as const,
      queryFn: ({ signal }) =>
        fetchJson<Page<Deployment>>(`${apiPaths.modelDeployments(modelId)}${toSearch(params)}`, { signal }),
    }),
  details: () => [...all, "detail"] as const,
  detail: (modelId: string, deploymentId: string) =>
    queryOptions({
      queryKey: [...all, "detail", deploymentId] as const,
      queryFn: ({ signal }) => fetchJson<Deployment>(apiPaths.deployment(modelId, deploymentId), { signal }),
    }),
};
