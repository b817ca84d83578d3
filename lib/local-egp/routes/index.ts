import "server-only";
import type { Route } from "../http/router";
import { accountRoutes } from "./accounts";
import { byNameRoutes } from "./by-name";
import { byNameV5Routes } from "./by-name-v5";
import { chunksRankRoutes } from "./chunks-rank";
import { deploymentRoutes } from "./deployments";
import { embeddingModelRoutes } from "./embedding-models";
import { executeRoutes } from "./execute";
import { fileRoutes } from "./files";
import { fineTuningRoutes } from "./fine-tuning";
import { groupRoutes } from "./groups";
import { identityRoutes } from "./identity";
import { localKeyRoutes } from "./local-keys";
import { localLogRoutes } from "./local-logs";
import { localUserRoutes } from "./local-users";
import { modelRoutes } from "./models";
import type { Services } from "../services/context";
import { templateRoutes } from "./templates";
import { usageRoutes } from "./usage";
import { v5ModelRoutes } from "./v5-models";

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
    ...byNameRoutes(s),
    ...byNameV5Routes(s),
    ...usageRoutes(s),
    ...deploymentRoutes(s),
    ...modelRoutes(s),
    ...chunksRankRoutes(s),
    ...fileRoutes(s),
    ...v5ModelRoutes(s),
    ...fineTuningRoutes(s),
  ];
}
