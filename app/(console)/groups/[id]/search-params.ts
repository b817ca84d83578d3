import { createLoader, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import { ModelTypeValues } from "@/lib/egp/enums.gen";
import { MODEL_SORT_FIELDS } from "@/lib/api/list-params";
import type { ModelListParams } from "@/lib/schemas/lists";

/** The group page lists its models; the URL holds that table's state like the models list. */
export const groupModelSearchParams = {
  ...listSearchParams(MODEL_SORT_FIELDS),
  model_type: parseAsStringLiteral(ModelTypeValues),
};

export const loadGroupModelSearchParams = createLoader(groupModelSearchParams);

export type GroupModelSearchState = inferParserType<typeof groupModelSearchParams>;

export const groupModelListParams = (
  groupId: string,
  state: GroupModelSearchState,
): Partial<ModelListParams> => ({
  ...toListParams(state),
  group: groupId,
});
