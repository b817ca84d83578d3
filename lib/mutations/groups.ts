import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { DeleteResult, Model, ModelGroup } from "../egp/types";
import { groupQueries } from "../queries/groups";
import { modelQueries } from "../queries/models";
import type { GroupInput } from "../schemas/groups";
import type { Then } from "./then";

export const groupMutations = {
  /** Creates a group, or saves `group` when given; model rows show their group's name. */
  save: (queryClient: QueryClient, group?: { id: string }) =>
    mutationOptions({
      mutationFn: (values: GroupInput) =>
        group
          ? fetchJson<ModelGroup>(apiPaths.group(group.id), { method: "PATCH", json: values })
          : fetchJson<ModelGroup>(apiPaths.groups, { method: "POST", json: values }),
      onSuccess: async (saved) => {
        queryClient.setQueryData(groupQueries.detail(saved.id).queryKey, saved);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: groupQueries.lists() }),
          group && queryClient.invalidateQueries({ queryKey: modelQueries.all }),
        ]);
      },
    }),
  /** Moves a model into the group; `then` runs once the page shows it there. */
  addModel: (queryClient: QueryClient, groupId: string, then?: Then<Model, Model>) =>
    mutationOptions({
      mutationFn: (model: Model) =>
        fetchJson<Model>(apiPaths.groupModel(groupId, model.id), { method: "POST" }),
      onSuccess: async (saved, model) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: modelQueries.all }),
          queryClient.invalidateQueries({ queryKey: groupQueries.lists() }),
        ]);
        await then?.(saved, model);
      },
    }),
  /** `then` (closing, leaving the group's page) runs once the lists no longer show the group. */
  remove: (queryClient: QueryClient, groupId: string, then?: Then<DeleteResult, void>) =>
    mutationOptions({
      mutationFn: () => fetchJson<DeleteResult>(apiPaths.group(groupId), { method: "DELETE" }),
      onSuccess: async (result) => {
        // Marked stale without refetching: the open group page is about to navigate away.
        await queryClient.invalidateQueries({
          queryKey: groupQueries.detail(groupId).queryKey,
          refetchType: "none",
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: groupQueries.lists() }),
          queryClient.invalidateQueries({ queryKey: modelQueries.all }),
        ]);
        await then?.(result);
      },
    }),
};
