import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeleteResult, Deployment } from "../egp/types";
import { deploymentQueries } from "../queries/deployments";
import { modelQueries } from "../queries/models";
import type { Then } from "./then";

/** The route checks the parameters' values; the browser sends them as the form holds them. */
export type NewDeployment = {
  modelId: string;
  body: { name: string; model_creation_parameters: Record<string, unknown> };
};

export const deploymentMutations = {
  /** `then` (going to the new deployment's page) runs before the lists and its model refetch. */
  create: (queryClient: QueryClient, then?: Then<Deployment, NewDeployment>) =>
    mutationOptions({
      mutationFn: ({ modelId, body }: NewDeployment) =>
        fetchJson<Deployment>(apiPaths.modelDeployments(modelId), { method: "POST", json: body }),
      onSuccess: async (deployment, created) => {
        await then?.(deployment, created);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: deploymentQueries.lists() }),
          queryClient.invalidateQueries({ queryKey: modelQueries.detail(created.modelId).queryKey }),
        ]);
      },
    }),
  /** `then` goes back to the model before the lists and the model refetch. */
  remove: (
    queryClient: QueryClient,
    modelId: string,
    deploymentId: string,
    then?: Then<DeleteResult, void>,
  ) =>
    mutationOptions({
      mutationFn: () =>
        fetchJson<DeleteResult>(apiPaths.deployment(modelId, deploymentId), { method: "DELETE" }),
      onSuccess: async (result) => {
        await then?.(result);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: deploymentQueries.lists() }),
          queryClient.invalidateQueries({ queryKey: modelQueries.detail(modelId).queryKey }),
          queryClient.invalidateQueries({ queryKey: modelQueries.lists() }),
        ]);
      },
    }),
};
