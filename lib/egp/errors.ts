/** One FastAPI validation issue, as EGP answers 422. */
export type EgpValidationIssue = { loc: (string | number)[]; msg: string; type: string };

/** A non-2xx answer (or no answer) from the EGP API, with the upstream's detail kept as sent. */
export class EgpError extends Error {
  override name = "EgpError";
  constructor(
    /** HTTP status; 0 when no response arrived (network error, timeout). */
    readonly status: number,
    /** `detail` from the body: a string, FastAPI's issue list, or null when the body had none. */
    readonly detail: string | EgpValidationIssue[] | null,
    message: string,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get issues(): EgpValidationIssue[] {
    return Array.isArray(this.detail) ? this.detail : [];
  }
}

function isIssue(value: unknown): value is EgpValidationIssue {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.loc) && typeof v.msg === "string";
}

/** Unwraps `{detail}`, nested `{detail: {detail}}` (seen from EGP), issue lists and plain strings. */
export function parseDetail(body: unknown): string | EgpValidationIssue[] | null {
  let current = body;
  for (let depth = 0; depth < 4; depth++) {
    if (typeof current === "string") return current.slice(0, 2000);
    if (Array.isArray(current)) {
      const issues = current
        .filter(isIssue)
        .map((i) => ({ loc: i.loc, msg: i.msg, type: String(i.type ?? "") }));
      return issues.length ? issues : null;
    }
    if (current && typeof current === "object" && "detail" in current) {
      current = (current as { detail: unknown }).detail;
      continue;
    }
    if (current && typeof current === "object" && "message" in current) {
      const message = (current as { message: unknown }).message;
      return typeof message === "string" ? message.slice(0, 2000) : null;
    }
    return null;
  }
  return null;
}

export function describeDetail(detail: EgpError["detail"]): string | null {
  if (detail === null) return null;
  if (typeof detail === "string") return detail;
  return detail
    .map((i) => `${i.loc.filter((p) => p !== "body").join(".") || "request"}: ${i.msg}`)
    .join("; ");
}

const STATUS_TEXT: Record<number, string> = {
  0: "The EGP API could not be reached",
  400: "The EGP API rejected the request",
  401: "The API key was not accepted",
  403: "You do not have permission for this",
  404: "Not found",
  409: "Conflict",
  422: "The request is not valid",
  429: "Too many requests to the EGP API",
};

export function egpErrorFromBody(
  status: number,
  body: unknown,
  retryAfterMs: number | null = null,
): EgpError {
  const detail = parseDetail(body);
  const lead = STATUS_TEXT[status] ?? (status >= 500 ? "The EGP API failed" : `EGP API error ${status}`);
  const text = describeDetail(detail);
  return new EgpError(status, detail, text ? `${lead}: ${text}` : lead, retryAfterMs);
}

/** Retry-After as milliseconds (seconds or an HTTP date), capped at one minute. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, 0), 60_000);
}
