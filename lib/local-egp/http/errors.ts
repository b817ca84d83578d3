export type ValidationIssue = { loc: (string | number)[]; msg: string; type: string };

/** Thrown anywhere below a route; the server turns it into FastAPI's `{"detail": ...}` envelope. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationIssue[],
  ) {
    super(typeof detail === "string" ? detail : "Validation error");
  }
}

export const notFound = (what: string, id: string) => new HttpError(404, `${what} ${id} not found`);
export const conflict = (detail: string) => new HttpError(409, detail);
export const forbidden = (detail: string) => new HttpError(403, detail);
export const unprocessable = (issues: ValidationIssue[]) => new HttpError(422, issues);

export function errorResponse(error: HttpError): Response {
  return Response.json({ detail: error.detail }, { status: error.status });
}
