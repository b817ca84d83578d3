import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type { DeleteResult, Model, ModelGroup, Page } from "../egp/types";
import type { GroupInput, GroupPatch } from "../schemas/groups";
import type { GroupListParams } from "../schemas/lists";
import { withExtras } from "./query";

export function listGroups(egp: EgpClient, p: GroupListParams): Promise<Page<ModelGroup>> {
  const query = withExtras({ page: p.page, limit: p.limit }, { name: p.q, sort_by: p.sort });
  return unwrap(egp.GET("/v4/model-groups", { params: { query } }));
}

const groupPath = (id: string) => ({ params: { path: { model_group_id: id } } });

export const getGroup = (egp: EgpClient, id: string): Promise<ModelGroup> =>
  unwrap(egp.GET("/v4/model-groups/{model_group_id}", groupPath(id)));

export const createGroup = (egp: EgpClient, accountId: string, input: GroupInput): Promise<ModelGroup> =>
  unwrap(egp.POST("/v4/model-groups", { body: { ...input, account_id: accountId } }));

export const updateGroup = (egp: EgpClient, id: string, patch: GroupPatch): Promise<ModelGroup> =>
  unwrap(egp.PATCH("/v4/model-groups/{model_group_id}", { ...groupPath(id), body: patch }));

export const deleteGroup = (egp: EgpClient, id: string): Promise<DeleteResult> =>
  unwrap(egp.DELETE("/v4/model-groups/{model_group_id}", groupPath(id)));

export const addModelToGroup = (egp: EgpClient, groupId: string, modelId: string): Promise<Model> =>
  unwrap(
    egp.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
      params: { path: { model_group_id: groupId, model_instance_id: modelId } },
    }),
  );
