import "server-only";
import { unwrap, type EgpClient } from "../egp/client";
import type { Model, Page } from "../egp/types";
import type { ModelListParams } from "../schemas/lists";
import { withExtras } from "./query";

const VIEWS: ("Deployments" | "ModelGroup")[] = ["Deployments", "ModelGroup"];

export function listModels(egp: EgpClient, p: ModelListParams): Promise<Page<Model>> {
  const query = withExtras(
    {
      page: p.page,
      limit: p.limit,
      view: VIEWS,
      model_type: p.model_type,
      model_group_id: p.group,
    },
    { name: p.q, sort_by: p.sort, model_vendor: p.vendor, origin: p.origin, model_template_id: p.template },
  );
  return unwrap(egp.GET("/v4/models", { params: { query } }));
}

export function getModel(egp: EgpClient, id: string): Promise<Model> {
  return unwrap(
    egp.GET("/v4/models/{model_id}", { params: { path: { model_id: id }, query: { view: VIEWS } } }),
  );
}
