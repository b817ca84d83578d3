import "server-only";
import { z } from "zod";
import type { Route } from "../http/router";
import { parseValue } from "../http/validation";
import { withCaller, type Services } from "../services/context";
import { deploymentLogs } from "../services/deployment-logs";
import { json } from "./respond";

const LogQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

/** Local-only extension (not part of EGP): a deployment's own log lines, for whoever may read it. */
export function localLogRoutes(s: Services): Route[] {
  return [
    {
      method: "GET",
      pattern: "/local/model-deployments/{deployment_id}/logs",
      needs: "read",
      handler: async (req) => {
        const { after } = parseValue(Object.fromEntries(req.query), LogQuery, "query");
        return json(await deploymentLogs(withCaller(s, req.auth), req.params.deployment_id, after));
      },
    },
  ];
}
