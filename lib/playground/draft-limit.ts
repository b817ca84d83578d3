/** Links stay well under the ~8 KB that servers and proxies commonly accept in a request line. */
export const DRAFT_URL_LIMIT = 6_000;
