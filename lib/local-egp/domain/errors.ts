/**
 * What a verb of services/ (or the store, the runtime, auth) can refuse, in the domain's words. These
 * know nothing of HTTP: http/errors.ts maps each class to a status and FastAPI's body, in one place.
 */
export type ValidationIssue = { loc: (string | number)[]; msg: string; type: string };

export class DomainError extends Error {}

/** The caller named something that is not there (or not in their account); `message` replaces the default. */
export class NotFound extends DomainError {
  constructor(
    readonly what: string,
    readonly id: string,
    message?: string,
  ) {
    super(message ?? `${what} ${id} not found`);
  }
}

/** The caller may not do this: their role, or the resource is immutable. */
export class Forbidden extends DomainError {}

/** No valid API key came with the request. */
export class Unauthenticated extends DomainError {}

/** The resource's state stands in the way (in use, not READY, being deleted). */
export class Conflict extends DomainError {}

/** A rule the caller must fix, not retry (membership rules, an unsupported option). */
export class RuleViolation extends DomainError {}

/** The input is over a size limit; smaller input would pass. */
export class TooLarge extends DomainError {}

/** The engine behind a deployment cannot serve right now. */
export class Unavailable extends DomainError {}

/**
 * Input that parses but does not fit: each issue names its field as FastAPI's 422 does
 * (`loc` starts with "body" or "query"); a plain message is a 422 without a field.
 */
export class Invalid extends DomainError {
  constructor(readonly detail: ValidationIssue[] | string) {
    super(typeof detail === "string" ? detail : detail.map((i) => i.msg).join("; "));
  }

  /** One issue on a body field. */
  static field(field: string | (string | number)[], msg: string, type = "value_error"): Invalid {
    return new Invalid([{ loc: ["body", ...(Array.isArray(field) ? field : [field])], msg, type }]);
  }
}
