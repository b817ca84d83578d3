import type { AuthContext } from "../auth/authenticate";

export type RouteRequest = {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** "v3" lists answer bare arrays; "v4" lists answer pages. */
  version: string;
  auth: AuthContext;
};
export type RouteHandler = (req: RouteRequest) => Promise<Response>;
export type Route = { method: string; pattern: string; handler: RouteHandler };

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
    route.names.forEach((name, i) => params.set(name, decodeURIComponent(m[i + 1])));
    return { route, params: Object.fromEntries(params) };
  }
  return pathMatched ? "method-not-allowed" : null;
}
