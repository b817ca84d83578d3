import { createLoader, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";

import { listSearchParams, toListParams } from "@/components/data-table/search-params";
import { FineTuningJobStatusValues } from "@/lib/egp/enums.gen";
import type { FineTuningJobListParams } from "@/lib/schemas/fine-tuning";

export const jobSearchParams = {
  ...listSearchParams([]),
  status: parseAsStringLiteral(FineTuningJobStatusValues),
  model: parseAsString,
};
export const loadJobSearchParams = createLoader(jobSearchParams);

export type JobSearchState = inferParserType<typeof jobSearchParams>;

/** The jobs list has no search or sort upstream: only paging and the two filters go to the API. */
export const jobListParams = ({
  page,
  limit,
  status,
  model,
}: JobSearchState): Partial<FineTuningJobListParams> =>
  toListParams({ page, limit, q: "", sort: null, status, model });

export const FILTERS_CLEARED = { status: null, model: null, page: null };
