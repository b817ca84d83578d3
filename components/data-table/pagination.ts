/** Number of pages for `total` items, never less than 1 so "Page 1 of 1" reads right when empty. */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, limit)));
}

/** "11–20 of 23" for the footer; "0 results" when there is nothing; "None of 4 here" past the last page. */
export function rangeLabel(page: number, limit: number, total: number): string {
  if (total === 0) return "0 results";
  if ((page - 1) * limit >= total) return `None of ${total} on this page`;
  const first = (page - 1) * limit + 1;
  const last = Math.min(total, page * limit);
  return `${first}–${last} of ${total}`;
}
