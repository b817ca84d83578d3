import { hrefs } from "../hrefs";

/** Where a sign-in lands when `next` is missing or would leave the console. */
export const DEFAULT_NEXT = hrefs.models();

/** Any origin works: only whether resolving against it keeps it matters. */
const PROBE = "http://console.invalid";

/**
 * The path to go to after sign-in, kept on the console's origin. Browsers read `\` as `/` and drop tabs
 * and newlines, so `/\host` or `/\t/host` mean `//host`: rather than guessing at such spellings, the
 * value is resolved the way a browser would and only a same-origin result is kept, re-serialized.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return DEFAULT_NEXT;
  let url: URL;
  try {
    url = new URL(next, PROBE);
  } catch {
    return DEFAULT_NEXT;
  }
  if (url.origin !== PROBE) return DEFAULT_NEXT;
  // Dot segments can leave `//host` as the path ("/..//host"), which is protocol-relative once sent alone.
  const path = url.pathname.replace(/^\/+/, "/");
  return `${path}${url.search}${url.hash}`;
}
