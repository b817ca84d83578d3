import "server-only";
import { malformedPathResponse } from "@/lib/malformed-path";

/** A route handler; direct calls pass the request alone (no params: only fixed paths are served directly). */
type Handler = (request: Request, ...nextArgs: never[]) => Promise<Response>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * What scripts/server.mjs looks up under the shared key: the handler for a method and path, if it is
 * one the console's server may call without Next's router.
 */
export type DirectRoutes = { find(method: string, pathname: string): Handler | undefined };

const KEY = Symbol.for("egp-console.direct-routes");
type Table = DirectRoutes & { exact: Map<string, Handler>; prefixes: Map<string, Handler> };
type Slot = { [KEY]?: Table };

/** On globalThis, not in this module: each route's bundle may hold its own instance of this module. */
function table(): Table {
  const slot = globalThis as Slot;
  return (slot[KEY] ??= {
    exact: new Map(),
    prefixes: new Map(),
    find(method, pathname) {
      const found = this.exact.get(`${method} ${pathname}`);
      if (found) return found;
      for (const [prefix, handler] of this.prefixes) {
        if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return handler;
      }
      return undefined;
    },
  });
}

/**
 * Next's own checks on the way to a route that a direct call skips: proxy.ts answers a path whose
 * escapes do not decode 400 (the route's surface's shape). The security headers are the server's to add.
 */
const checked =
  (handler: Handler): Handler =>
  async (request) =>
    malformedPathResponse(request.url) ?? (await handler(request));

/**
 * Lets the console's server (scripts/server.mjs) call this route handler itself, without Next's router,
 * from the moment the route's module has loaded (its first request goes through Next). For the hot
 * paths only: Next's routing costs a request ~0.7 ms of CPU (bench/RESULTS.md), more than what the
 * console's JSON routes do themselves. Only for handlers that use nothing of Next's request context
 * (cookies(), headers(), after(), NextRequest's extras): the console's API routes read the Request alone.
 */
export function servedDirectly<H extends Handler>(method: Method, path: string, handler: H): H {
  table().exact.set(`${method} ${path}`, checked(handler));
  return handler;
}

/** The same for every method and every path under `prefix` (the /egp mount). */
export function servedDirectlyUnder<H extends Handler>(prefix: string, handler: H): H {
  table().prefixes.set(prefix, checked(handler));
  return handler;
}
