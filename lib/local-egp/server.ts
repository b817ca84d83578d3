import "server-only";
import { errorForLog, truncateForLog } from "@/lib/limits/log-text";
import { authenticate } from "./auth/authenticate";
import { requireAction } from "./auth/roles";
import { HttpError, errorResponse } from "./http/errors";
import { compileRoutes, matchRoute } from "./http/router";
import { rejectNulInQuery } from "./http/validation";
import { allRoutes } from "./routes";
import type { Services } from "./services/context";

/** The Web-standard face: route on the pathname (a leading "/egp" is stripped), authenticate, answer. */
export function createHandler(services: Services, log: (line: string) => void) {
  const table = compileRoutes(allRoutes(services));
  return async function handle(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      const pathname = url.pathname.replace(/^\/egp(?=\/|$)/, "") || "/";
      const match = matchRoute(table, request.method.toUpperCase(), pathname);
      if (match === null) throw new HttpError(404, "Not Found");
      if (match === "method-not-allowed") throw new HttpError(405, "Method Not Allowed");
      rejectNulInQuery(url.searchParams);
      const auth = await authenticate(services.db, request);
      const { route } = match;
      requireAction(auth.role, route.needs, route.action ?? "use this route");
      const { version = "", ...params } = match.params;
      return await route.handler({ request, params, query: url.searchParams, version, auth });
    } catch (error) {
      const answer = errorResponse(error);
      if (answer) return answer;
      // Internals (SQL, stack traces) stay in the log, never in the response.
      log(
        `local-egp: unhandled error on ${request.method} ${truncateForLog(request.url)}: ${errorForLog(error)}`,
      );
      return Response.json({ detail: "Internal server error" }, { status: 500 });
    }
  };
}
