import "server-only";
import type { EgpClient } from "../egp/client";
import { getModel } from "../resources/models";
import type { ValidateBody } from "../schemas/playground";
import { validateRequest, type RequestCheck } from "./validate-request";

/** Validates against the model's own request_schema as the EGP publishes it (never a schema sent by the browser). */
export async function validateForModel(egp: EgpClient, body: ValidateBody): Promise<RequestCheck> {
  const model = await getModel(egp, body.modelId);
  return validateRequest(model.request_schema, body.request);
}
