import "server-only";
import type { Db } from "../db/open";
import type { HostPattern } from "../engines/outbound";
import type { Owner } from "../membership";
import type { DeploymentRuntime } from "../runtime/deployment-runtime";

/** `allowedHosts`: EGP_ENGINE_ALLOWED_HOSTS, parsed; `owner`: the local instance's owner (bootstrap admin). */
export type Services = {
  db: Db;
  runtime: DeploymentRuntime;
  allowedHosts: readonly HostPattern[];
  owner: Owner;
};
