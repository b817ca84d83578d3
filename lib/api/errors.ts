import type { z } from "zod";

/** Closed set of error codes the console's API answers with; the browser sees the same. */
export const API_ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  bad_gateway: 502,
  upstream_unavailable: 503,
  upstream_timeout: 504,
  offline: 0,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** A field-level problem: `path` names the input field (e.g. ["model_creation_parameters", "MODEL_PATH"]). */
export type ApiErrorDetail = { path: (string | number)[]; message: string };

export type ApiErrorBody = {
  error: { code: ApiErrorCode; message: string; details?: ApiErrorDetail[]; retryAfterMs?: number };
};

export class ApiError extends Error {
  override name = "ApiError";
  readonly details: ApiErrorDetail[];
  readonly retryAfterMs: number | null;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options: { details?: ApiErrorDetail[]; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.details = options.details ?? [];
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details.length ? { details: this.details } : {}),
        ...(this.retryAfterMs !== null ? { retryAfterMs: this.retryAfterMs } : {}),
      },
    };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isCode = (value: unknown): value is ApiErrorCode =>
  typeof value === "string" && Object.hasOwn(API_ERROR_STATUS, value);

const isDetail = (value: unknown): value is ApiErrorDetail =>
  isRecord(value) &&
  typeof value.message === "string" &&
  Array.isArray(value.path) &&
  value.path.every((p) => typeof p === "string" || (typeof p === "number" && Number.isFinite(p)));

// A hand-written guard rather than a zod schema: this runs in every page's bundle via fetchJson,
// and zod would add ~32 KB gzipped to each first load.
/** Reads our envelope from a parsed body; null when the body is something else. */
export function apiErrorFromBody(body: unknown): ApiError | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, details, retryAfterMs } = body.error;
  if (!isCode(code) || typeof message !== "string") return null;
  if (details !== undefined && !(Array.isArray(details) && details.every(isDetail))) return null;
  if (retryAfterMs !== undefined && (typeof retryAfterMs !== "number" || !Number.isFinite(retryAfterMs)))
    return null;
  return new ApiError(code, message, {
    details: details?.map((d) => ({ path: [...d.path], message: d.message })),
    retryAfterMs,
  });
}

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[]): ApiErrorDetail[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}
