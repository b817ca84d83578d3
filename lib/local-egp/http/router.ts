import type { AuthContext } from "../auth/authenticate";
import type { Action } from "../auth/roles";
import { HttpError } from "./errors";

export type RouteRequest = {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** "v3" lists answer bare arrays; "v4" lists answer pages. */
  version: string;
  auth: AuthContext;
};
export type RouteHandler = (req: RouteRequest) => Promise<Response>;
/**
 * `needs`: the action of lib/roles' table the caller's role in the selected account must be allowed before
 * the handler runs (the server checks it, with `action` wording the refusal). Routes whose body may name
 * another account (`account_id`) declare "read" here and leave the check to their verb, which knows the account.
 */
export type Route = {
  method: string;
  pattern: string;
  needs: Action;
  action?: string;
  handler: RouteHandler;
};

type Compiled = Route & { regex: RegExp; names: string[] };

/** A path-pattern table: "/{version}/models/{model_id}" with `{version}` limited to the given versions. */
export function compileRoutes(routes: Route[]): Compiled[] {
  return routes.map((route) => {
    const names: string[] = [];
    const source = route.pattern.replace(/\{(\w+)(?::([^}]+))?\}/g, (_m, name: string, alt?: string) => {
      names.push(name);
      return alt ? `(${alt})` : "([^/]+)";
    });
    return { ...route, regex: new RegExp(`^${source}/?$`), names };
  });
}

export function matchRoute(
  table: Compiled[],
  method: string,
  pathname: string,
): { route: Compiled; params: Record<string, string> } | "method-not-allowed" | null {
  let pathMatched = false;
  for (const route of table) {
    const m = route.regex.exec(pathname);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params = new Map<string, string>();
    route.names.forEach((name, i) => params.set(name, decodePathSegment(m[i + 1])));
    return { route, params: Object.fromEntries(params) };
  }
  return pathMatched ? "method-not-allowed" : null;
}

/** A malformed escape ("%", "%E0%A4%A") or a NUL is the client's mistake, not a server error. */
function decodePathSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `Malformed percent-encoding in the path segment "${segment.slice(0, 100)}"`);
  }
  // PostgreSQL text cannot hold NUL; the query would fail as a 500.
  if (decoded.includes("\0")) throw new HttpError(400, "Path segments cannot contain NUL characters");
  return decoded;
}
