import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type { ModelTemplate, Page } from "../egp/types";
import type { TemplateListParams } from "../schemas/lists";
import { withExtras } from "./query";

export function listTemplates(egp: EgpClient, p: TemplateListParams): Promise<Page<ModelTemplate>> {
  const query = withExtras(
    { page: p.page, limit: p.limit },
    { name: p.q, model_type: p.model_type, sort_by: p.sort },
  );
  return unwrap(egp.GET("/v4/model-templates", { params: { query } }));
}

export function getTemplate(egp: EgpClient, id: string): Promise<ModelTemplate> {
  return unwrap(
    egp.GET("/v4/model-templates/{model_template_id}", { params: { path: { model_template_id: id } } }),
  );
}
