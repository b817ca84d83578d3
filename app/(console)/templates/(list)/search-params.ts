import { createLoader, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import { ModelTypeValues } from "@/lib/egp/enums.gen";
import { TEMPLATE_SORT_FIELDS } from "@/lib/api/list-params";
import type { TemplateListParams } from "@/lib/schemas/lists";

export const templateSearchParams = {
  ...listSearchParams(TEMPLATE_SORT_FIELDS),
  model_type: parseAsStringLiteral(ModelTypeValues),
};
export const loadTemplateSearchParams = createLoader(templateSearchParams);

export type TemplateSearchState = inferParserType<typeof templateSearchParams>;

export const templateListParams = (state: TemplateSearchState): Partial<TemplateListParams> =>
  toListParams(state);
