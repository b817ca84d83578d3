import "server-only";
import { env } from "../env";
import { ApiError } from "./errors";

export const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The console's own origin for this request: PUBLIC_URL when set; else what a trusted proxy says
 * (TRUST_PROXY=1); else the Host the browser addressed, over HTTP, which is all `next start` serves.
 * Without a trusted proxy, X-Forwarded-* are whatever the client chose to send, so they are ignored.
 */
export function consoleOrigin(request: Request): string | null {
  const { PUBLIC_URL, TRUST_PROXY } = env();
  if (PUBLIC_URL) return originOf(PUBLIC_URL);
  const host = request.headers.get("host");
  if (TRUST_PROXY) {
    const proto = first(request.headers.get("x-forwarded-proto")) ?? "http";
    const forwardedHost = first(request.headers.get("x-forwarded-host")) ?? host;
    return /^https?$/.test(proto) && forwardedHost ? originOf(`${proto}://${forwardedHost}`) : null;
  }
  return host ? originOf(`http://${host}`) : null;
}

/** Rejects cross-site mutations: the Origin (or, failing that, Referer) must be the console's, scheme and port included. */
export function checkOrigin(request: Request) {
  if (!MUTATING.has(request.method)) return;
  const expected = consoleOrigin(request);
  const source = originOf(request.headers.get("origin") ?? request.headers.get("referer"));
  if (!expected || !source || source !== expected) {
    throw new ApiError("forbidden", "Cross-site requests are not allowed.");
  }
}
