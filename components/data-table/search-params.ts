import { parseAsInteger, parseAsNumberLiteral, parseAsString } from "nuqs/server";
import { PAGE_SIZES } from "@/lib/api/list-params";
import { parseAsSort } from "./sort";

export const DEFAULT_PAGE_SIZE = 25;

/** URL parsers every list shares; resources add their filters. Names match the API query. */
export function listSearchParams(sortFields: readonly string[]) {
  return {
    page: parseAsInteger.withDefault(1),
    limit: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
    q: parseAsString.withDefault(""),
    sort: parseAsSort(sortFields),
  };
}

/** The API params a URL state maps to: every key optional, nulls gone. */
export type ListParamsOf<S> = { [K in keyof S]?: NonNullable<S[K]> };

type ListState = { page: number; limit: number; q: string; sort: string | null };

/**
 * URL state → API params: nulls dropped so the query key is the same however the URL was written.
 * A page below 1 (hand-edited URL) is read as 1.
 */
export function toListParams<S extends ListState>(state: S): ListParamsOf<S> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (value === null || value === undefined || value === "") continue;
    params[key] = value;
  }
  params.page = Math.max(1, Math.trunc(state.page));
  const q = state.q.trim();
  if (q) params.q = q;
  else delete params.q;
  return params as ListParamsOf<S>; // safe because only null/empty entries were dropped and page was clamped
}
