import { createLoader, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import { ModelDeploymentStatusValues } from "@/lib/egp/enums.gen";
import { DEPLOYMENT_SORT_FIELDS } from "@/lib/api/list-params";
import type { DeploymentListParams } from "@/lib/schemas/lists";

export const deploymentSearchParams = {
  ...listSearchParams(DEPLOYMENT_SORT_FIELDS),
  status: parseAsStringLiteral(ModelDeploymentStatusValues),
  model: parseAsString,
};
export const loadDeploymentSearchParams = createLoader(deploymentSearchParams);

export type DeploymentSearchState = inferParserType<typeof deploymentSearchParams>;

export const deploymentListParams = (state: DeploymentSearchState): Partial<DeploymentListParams> =>
  toListParams(state);

export const FILTERS_CLEARED = { q: null, status: null, model: null, page: null };
