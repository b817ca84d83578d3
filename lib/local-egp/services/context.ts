import "server-only";
import type { AuthContext } from "../auth/authenticate";
import type { Db } from "../db/open";
import type { HostPattern } from "../engines/outbound";
import type { Owner } from "../membership";
import type { DeploymentRuntime } from "../runtime/deployment-runtime";
import type { TrainingRuntime } from "../runtime/training-runtime";

/**
 * What the server is built from, shared by every request. `allowedHosts`: EGP_ENGINE_ALLOWED_HOSTS,
 * parsed; `owner`: the local instance's owner (bootstrap admin); `now`: the clock usage events are dated
 * by (tests inject one).
 */
export type Services = {
  db: Db;
  runtime: DeploymentRuntime;
  /** Fine-tuning jobs. */
  training: TrainingRuntime;
  allowedHosts: readonly HostPattern[];
  owner: Owner;
  now?: () => Date;
  /** The upload cap of files and training datasets: FILE_LIMITS.bytes unless a test sets a smaller one. */
  fileBytes?: number;
};

/** A verb's context: the server's parts and who calls (their selected account and role in it). */
export type Ctx = Services & { caller: AuthContext };

export const withCaller = (services: Services, caller: AuthContext): Ctx => ({ ...services, caller });

/** The caller as a secret's setter is recorded. */
export const setterOf = (caller: AuthContext) => ({ role: caller.role, userId: caller.user.id });
