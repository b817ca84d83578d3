import "server-only";
import type { Db } from "../db/open";
import type { Owner } from "../membership";
import type { DeploymentRuntime } from "../runtime/deployment-runtime";

export type Services = { db: Db; runtime: DeploymentRuntime; owner: Owner };
