import "server-only";
import { passThrough, unwrap, type EgpClient } from "../egp/client";
import type { Model, Page } from "../egp/types";
import type { ModelListParams } from "../schemas/lists";
import { withExtras } from "./query";

const VIEWS: ("Deployments" | "ModelGroup")[] = ["Deployments", "ModelGroup"];

function modelListQuery(p: ModelListParams) {
  return withExtras(
    {
      page: p.page,
      limit: p.limit,
      view: VIEWS,
      model_type: p.model_type,
      model_group_id: p.group,
    },
    { name: p.q, sort_by: p.sort, model_vendor: p.vendor, origin: p.origin, model_template_id: p.template },
  );
}

export function listModels(egp: EgpClient, p: ModelListParams): Promise<Page<Model>> {
  return unwrap(egp.GET("/v4/models", { params: { query: modelListQuery(p) } }));
}

/** The same list as the upstream's answer itself, for the API route to send on unparsed. */
export function listModelsAnswer(egp: EgpClient, p: ModelListParams): Promise<Response> {
  return passThrough(egp.GET("/v4/models", { params: { query: modelListQuery(p) }, parseAs: "stream" }));
}

export function getModel(egp: EgpClient, id: string): Promise<Model> {
  return unwrap(
    egp.GET("/v4/models/{model_id}", { params: { path: { model_id: id }, query: { view: VIEWS } } }),
  );
}
