import "server-only";
import type { Route } from "../http/router";
import { accountRoutes } from "./accounts";
import { chunksRankRoutes } from "./chunks-rank";
import { deploymentRoutes } from "./deployments";
import { embeddingModelRoutes } from "./embedding-models";
import { executeRoutes } from "./execute";
import { fileRoutes } from "./files";
import { groupRoutes } from "./groups";
import { identityRoutes } from "./identity";
import { localKeyRoutes } from "./local-keys";
import { localLogRoutes } from "./local-logs";
import { localUserRoutes } from "./local-users";
import { modelRoutes } from "./models";
import type { Services } from "../services/context";
import { templateRoutes } from "./templates";
import { usageRoutes } from "./usage";

/** Order matters only where patterns overlap: specific execute paths come before generic model paths. */
export function allRoutes(s: Services): Route[] {
  return [
    ...identityRoutes(s),
    ...accountRoutes(s),
    ...embeddingModelRoutes(s),
    ...localUserRoutes(s),
    ...localKeyRoutes(s),
    ...localLogRoutes(s),
    ...templateRoutes(s),
    ...groupRoutes(s),
    ...executeRoutes(s),
    ...usageRoutes(s),
    ...deploymentRoutes(s),
    ...modelRoutes(s),
    ...chunksRankRoutes(s),
    ...fileRoutes(s),
  ];
}
