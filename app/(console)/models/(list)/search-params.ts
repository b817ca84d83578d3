import { createLoader, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import { ModelTypeValues, ModelVendorValues } from "@/lib/egp/enums.gen";
import { MODEL_ORIGINS, MODEL_SORT_FIELDS } from "@/lib/api/list-params";
import type { ModelListParams } from "@/lib/schemas/lists";

export const modelSearchParams = {
  ...listSearchParams(MODEL_SORT_FIELDS),
  model_type: parseAsStringLiteral(ModelTypeValues),
  vendor: parseAsStringLiteral(ModelVendorValues),
  group: parseAsString,
  origin: parseAsStringLiteral(MODEL_ORIGINS),
};
export const loadModelSearchParams = createLoader(modelSearchParams);

export type ModelSearchState = inferParserType<typeof modelSearchParams>;

export const modelListParams = (state: ModelSearchState): Partial<ModelListParams> => toListParams(state);

export const FILTERS_CLEARED = {
  q: null,
  model_type: null,
  vendor: null,
  group: null,
  origin: null,
  page: null,
};
