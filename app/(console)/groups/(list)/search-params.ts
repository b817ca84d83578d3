import { createLoader, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import { GROUP_SORT_FIELDS } from "@/lib/api/list-params";
import type { GroupListParams } from "@/lib/schemas/lists";

export const groupSearchParams = listSearchParams(GROUP_SORT_FIELDS);
export const loadGroupSearchParams = createLoader(groupSearchParams);

export type GroupSearchState = inferParserType<typeof groupSearchParams>;

export const groupListParams = (state: GroupSearchState): Partial<GroupListParams> => toListParams(state);
