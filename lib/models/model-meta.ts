import type { Model } from "../egp/types";

/** Built-in models are the platform's own (partner or open-source sections); they and their deployments are immutable. */
export function isBuiltInModel(model: Pick<Model, "base_model_metadata">): boolean {
  const section = model.base_model_metadata?.ui_model_section_type;
  return section === "PARTNER" || section === "OPENSOURCE";
}

export const modelTitle = (model: Pick<Model, "display_name" | "name">) => model.display_name || model.name;
