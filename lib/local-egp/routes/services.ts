import "server-only";
import type { Db } from "../db/open";
import type { DeploymentRuntime } from "../runtime/deployment-runtime";

export type Services = { db: Db; runtime: DeploymentRuntime };
