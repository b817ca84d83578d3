import { createLoader, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import type { TrainingDatasetListParams } from "@/lib/schemas/fine-tuning";

export const datasetSearchParams = listSearchParams([]);
export const loadDatasetSearchParams = createLoader(datasetSearchParams);

export type DatasetSearchState = inferParserType<typeof datasetSearchParams>;

export const datasetListParams = (state: DatasetSearchState): Partial<TrainingDatasetListParams> =>
  toListParams({ ...state, sort: null });

export const FILTERS_CLEARED = { q: null, page: null };
