import "server-only";
import { EgpError } from "../egp/errors";
import { errorForLog } from "../limits/log-text";
import { ApiError, type ApiErrorCode } from "./errors";
import { noStore } from "./no-store";

const BY_STATUS: Record<number, ApiErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "unprocessable",
  429: "rate_limited",
};

/** Maps an upstream EGP failure onto our closed codes, keeping the upstream's detail readable. */
export function fromEgpError(error: EgpError): ApiError {
  if (error.status === 0) {
    const timedOut = /did not answer/.test(error.message);
    return new ApiError(timedOut ? "upstream_timeout" : "upstream_unavailable", error.message);
  }
  const code = BY_STATUS[error.status] ?? (error.status >= 500 ? "bad_gateway" : "bad_request");
  const details = error.issues.map((issue) => ({
    path: issue.loc[0] === "body" || issue.loc[0] === "query" ? issue.loc.slice(1) : issue.loc,
    message: issue.msg,
  }));
  const message =
    code === "unauthorized" ? `${error.message}. Sign in again with a valid key.` : error.message;
  return new ApiError(code, message, { details, retryAfterMs: error.retryAfterMs });
}

/** Every thrown thing becomes our envelope; unknown errors are logged and answered without internals. */
export function toResponse(error: unknown): Response {
  const apiError =
    error instanceof ApiError
      ? error
      : error instanceof EgpError
        ? fromEgpError(error)
        : (console.error(`[console] unhandled route error: ${errorForLog(error)}`),
          new ApiError("internal", "Something went wrong on the console's server."));
  const headers: HeadersInit = apiError.retryAfterMs
    ? { "retry-after": String(Math.ceil(apiError.retryAfterMs / 1000)) }
    : {};
  return noStore(Response.json(apiError.toBody(), { status: apiError.status || 500, headers }));
}
