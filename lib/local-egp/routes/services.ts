import "server-only";
import type { Db } from "../db/open";
import type { HostPattern } from "../engines/outbound";
import type { DeploymentRuntime } from "../runtime/deployment-runtime";

/** `allowedHosts`: EGP_ENGINE_ALLOWED_HOSTS, parsed. */
export type Services = { db: Db; runtime: DeploymentRuntime; allowedHosts: readonly HostPattern[] };
