import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type { DeleteResult, ModelTemplate, ModelTemplateRequest } from "../egp/types";
import type { TemplateRequest } from "../schemas/templates";

/**
 * safe because templateRequestSchema has validated every field against the spec's shapes (an older
 * CLI file's "LLMENGINE" vendor has become "LAUNCH", the only one the spec allows).
 */
function toUpstream(request: TemplateRequest, accountId: string): ModelTemplateRequest {
  return { ...request, account_id: accountId } as ModelTemplateRequest;
}

/** Creates a template in the session's account (EGP requires account_id in the body). */
export const createTemplate = (
  egp: EgpClient,
  accountId: string,
  request: TemplateRequest,
): Promise<ModelTemplate> =>
  unwrap(egp.POST("/v4/model-templates", { body: toUpstream(request, accountId) }));

/** EGP answers 409 while models still use the template; its message says so. */
export const deleteTemplate = (egp: EgpClient, id: string): Promise<DeleteResult> =>
  unwrap(
    egp.DELETE("/v4/model-templates/{model_template_id}", { params: { path: { model_template_id: id } } }),
  );
