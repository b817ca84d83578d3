import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeleteResult, Model } from "../egp/types";
import { deploymentQueries } from "../queries/deployments";
import { modelQueries } from "../queries/models";
import type { ModelCreateInput, ModelPatchInput } from "../schemas/models";
import type { Then } from "./then";

/** The route checks the parameters' values; the browser sends them as the form holds them. */
type ModelBody = Omit<ModelCreateInput, "model_creation_parameters"> & {
  model_creation_parameters?: Record<string, unknown>;
};

export const modelMutations = {
  create: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: (body: ModelBody) => fetchJson<Model>(apiPaths.models, { method: "POST", json: body }),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: modelQueries.lists() }),
    }),
  /** `then` (closing the editor) runs before the model and the lists refetch. */
  update: (queryClient: QueryClient, id: string, then?: Then<Model, ModelPatchInput>) =>
    mutationOptions({
      mutationFn: (patch: ModelPatchInput) =>
        fetchJson<Model>(apiPaths.model(id), { method: "PATCH", json: patch }),
      onSuccess: async (model, patch) => {
        await then?.(model, patch);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: modelQueries.detail(id).queryKey }),
          queryClient.invalidateQueries({ queryKey: modelQueries.lists() }),
        ]);
      },
    }),
  /** `then` leaves the model's page before the lists refetch (the model itself is gone). */
  remove: (queryClient: QueryClient, id: string, then?: Then<DeleteResult, void>) =>
    mutationOptions({
      mutationFn: () => fetchJson<DeleteResult>(apiPaths.model(id), { method: "DELETE" }),
      onSuccess: async (result) => {
        await then?.(result);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: modelQueries.lists() }),
          queryClient.invalidateQueries({ queryKey: deploymentQueries.lists() }),
        ]);
      },
    }),
};
