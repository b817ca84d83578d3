import {
  Conflict,
  DomainError,
  Forbidden,
  Invalid,
  NotFound,
  RuleViolation,
  TooLarge,
  Unauthenticated,
  Unavailable,
  type ValidationIssue,
} from "../domain/errors";
import { EngineRequestError } from "../engines/types";

export type { ValidationIssue };

/** A refusal of the HTTP layer itself (path, method, body size and syntax, query values). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationIssue[],
  ) {
    super(typeof detail === "string" ? detail : "Validation error");
  }
}

export const unprocessable = (issues: ValidationIssue[]) => new HttpError(422, issues);

/** The one map from domain refusals to status codes; the body is FastAPI's `{"detail": ...}`. */
function statusOf(error: DomainError): number {
  if (error instanceof NotFound) return 404;
  if (error instanceof Forbidden) return 403;
  if (error instanceof Unauthenticated) return 401;
  if (error instanceof Invalid) return 422;
  if (error instanceof RuleViolation) return 400;
  if (error instanceof TooLarge) return 413;
  if (error instanceof Conflict) return 409;
  if (error instanceof Unavailable) return 503;
  return 400;
}

/** The answer for an error written for people, or null for anything else (internals: a 500, logged). */
export function errorResponse(error: unknown): Response | null {
  if (error instanceof HttpError) return Response.json({ detail: error.detail }, { status: error.status });
  // A 422 is always a list of issues, as FastAPI's; one without a field names the body.
  if (error instanceof Invalid) {
    const detail =
      typeof error.detail === "string"
        ? [{ loc: ["body"], msg: error.detail, type: "value_error" }]
        : error.detail;
    return Response.json({ detail }, { status: 422 });
  }
  if (error instanceof DomainError)
    return Response.json({ detail: error.message }, { status: statusOf(error) });
  // The engine's upstream (an OpenAI-compatible server) failed: a bad gateway. One that refused the
  // request (a 4xx other than a timeout or rate limit) refuses it again on retry: a 400.
  if (error instanceof EngineRequestError) {
    const refused = error.status !== undefined && error.status >= 400 && error.status < 500;
    const status = refused && error.status !== 408 && error.status !== 429 ? 400 : 502;
    return Response.json({ detail: error.message }, { status });
  }
  return null;
}

/** Whether an error's message is written for people (an SSE error frame may show it). */
export const isPublicError = (error: unknown): error is Error =>
  error instanceof HttpError || error instanceof DomainError || error instanceof EngineRequestError;
