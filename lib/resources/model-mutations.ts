import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import { isRemoteMode } from "../env";
import type { DeleteResult, Model, ModelPatch, ModelRequest } from "../egp/types";
import type { ModelCreateInput, ModelPatchInput } from "../schemas/models";

const modelPath = (id: string) => ({ params: { path: { model_id: id } } });

/**
 * Models made from a template run on Launch, the vendor EGP uses for template-based models. The
 * embedded server knows better: it gives such a model its template's stored vendor (LLMENGINE for a
 * template an older version stored so, which every template answer shows as LAUNCH).
 */
export function createModel(egp: EgpClient, accountId: string, input: ModelCreateInput): Promise<Model> {
  const templateVendor = input.model_template_id && isRemoteMode() ? "LAUNCH" : undefined;
  const body: ModelRequest = {
    ...input,
    model_vendor: input.model_vendor ?? templateVendor,
    account_id: accountId,
  };
  return unwrap(egp.POST("/v4/models", { body })) as Promise<Model>;
}

/** The spec types `model_group_id` as a string; null (leave the group) is sent as given. */
type PatchBody = ModelPatch;

export const updateModel = (egp: EgpClient, id: string, patch: ModelPatchInput): Promise<Model> =>
  unwrap(
    egp.PATCH("/v4/models/{model_id}", { ...modelPath(id), body: patch as PatchBody }),
  ) as Promise<Model>;

export const deleteModel = (egp: EgpClient, id: string): Promise<DeleteResult> =>
  unwrap(egp.DELETE("/v4/models/{model_id}", modelPath(id)));
