import "server-only";
import type { Db } from "../db/open";
import { templateAllowList, type HostPattern } from "../engines/outbound";
import { EngineLoadError, type Engine, type EngineSpec } from "../engines/types";
import { RuleViolation, Unavailable } from "../domain/errors";
import { newId } from "../auth/keys";
import {
  claimableJobs,
  claimJob,
  deploymentStates,
  releaseClaims,
  renewClaims,
} from "../store/deployment-jobs";
import { deleteDeploymentRow, engineVersion, rowsInStatus, setStatus } from "../store/deployments";
import { engineInputs } from "../store/engine-inputs";
import { DeploymentLog } from "./deployment-log";
import { resolveEngineSpec } from "./engine-spec";
import { assertOutboundAllowed } from "./outbound-policy";
import { withTimeout } from "./timeout";

export type EngineLoader = (spec: EngineSpec) => Promise<Engine>;

export type RuntimeOptions = {
  loadTimeoutMs?: number;
  /** How long a job's claim lasts without a heartbeat; a console that stops renewing loses its jobs then. */
  leaseMs?: number;
  /** Period of the heartbeat and of the sweep for jobs nobody holds; 0 = no timer (tests call tick()). */
  tickMs?: number;
  /** The lease clock. */
  now?: () => number;
  /** This process is the database's only user (PGlite's lock says so): claims found at start are dead. */
  exclusive?: boolean;
  /** EGP_ENGINE_ALLOWED_HOSTS, parsed: checked again when an engine loads. */
  allowedHosts?: readonly HostPattern[];
  /** Where the deployments' own lines go (served at /local/model-deployments/{id}/logs). */
  deploymentLog?: DeploymentLog;
};

const reasonOf = (error: unknown) =>
  error instanceof EngineLoadError || error instanceof Error ? error.message : "The engine failed to load";

type Cached = { engine: Promise<Engine>; version?: string };

/**
 * Deployment lifecycle: UPDATE_PENDING → UPDATE_IN_PROGRESS → READY | UPDATE_FAILED, every step persisted.
 * A job runs under a claim (token + lease in the row) so that of several consoles on one database exactly
 * one runs it, and a job whose runner died is taken over once its lease runs out. Loaded engines are cached
 * per deployment in this process and loaded on demand by any console that executes a READY deployment.
 */
export class DeploymentRuntime {
  private readonly engines = new Map<string, Cached>();
  private readonly jobs = new Set<Promise<void>>();
  /** Deployments with a job running in this process, so a sweep does not start a second one. */
  private readonly running = new Map<string, number>();
  private closed = false;
  private readonly shutdown = new AbortController();
  /** Prefix of this process's claim tokens; one token per job run. */
  private readonly replica = newId();
  private jobSeq = 0;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private readonly loadTimeoutMs: number;
  private readonly leaseMs: number;
  private readonly tickMs: number;
  private readonly now: () => number;
  private readonly allowedHosts: readonly HostPattern[];
  readonly deploymentLog: DeploymentLog;

  constructor(
    private readonly db: Db,
    private readonly loader: EngineLoader,
    private readonly log: (line: string) => void,
    private readonly options: RuntimeOptions = {},
  ) {
    this.loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.tickMs = options.tickMs ?? Math.round(this.leaseMs / 3);
    this.now = options.now ?? Date.now;
    this.allowedHosts = options.allowedHosts ?? [];
    this.deploymentLog = options.deploymentLog ?? new DeploymentLog();
  }

  /** Aborted on close; every pending load listens to it (exposed so tests can count its listeners). */
  get signal(): AbortSignal {
    return this.shutdown.signal;
  }

  private expiry = () => new Date(this.now() + this.leaseMs);

  /** A claim to store with a new deployment row, so that no other console takes its job before deploy(). */
  newClaim(): { claimToken: string; claimExpiresAt: Date } {
    return { claimToken: `${this.replica}.${++this.jobSeq}`, claimExpiresAt: this.expiry() };
  }

  /**
   * Starts the background job; the caller has already persisted UPDATE_PENDING, with `job.token` from
   * newClaim() when it claimed the job in the same write.
   */
  deploy(deploymentId: string, job: { token?: string; resume?: string } = {}): void {
    this.running.set(deploymentId, (this.running.get(deploymentId) ?? 0) + 1);
    const run = this.run(deploymentId, job).finally(() => {
      this.jobs.delete(run);
      const left = (this.running.get(deploymentId) ?? 1) - 1;
      if (left > 0) this.running.set(deploymentId, left);
      else this.running.delete(deploymentId);
    });
    this.jobs.add(run);
  }

  private async run(deploymentId: string, job: { token?: string; resume?: string }): Promise<void> {
    let token = job.token;
    if (token === undefined) {
      token = this.newClaim().claimToken;
      const claimed = await claimJob(this.db, deploymentId, token, new Date(this.now()), this.expiry()).catch(
        (error: unknown) => (this.log(`deployment ${deploymentId}: claim failed: ${reasonOf(error)}`), null),
      );
      // Another console holds the job (or it is no longer open): it is theirs to finish.
      if (!claimed) return;
    }
    if (this.closed) return;
    await this.release(deploymentId);
    try {
      if (job.resume) {
        this.log(`resuming deployment ${deploymentId}`);
        this.deploymentLog.write(deploymentId, "warn", job.resume);
        if (!(await setStatus(this.db, deploymentId, "UPDATE_PENDING", job.resume, { token }))) return;
      }
      if (!(await setStatus(this.db, deploymentId, "UPDATE_IN_PROGRESS", undefined, { token }))) return;
      this.deploymentLog.write(deploymentId, "info", "Deployment started");
      const engine = await this.load(deploymentId);
      const ready = this.closed
        ? null
        : await setStatus(this.db, deploymentId, "READY", undefined, { token, release: true });
      if (!ready) {
        await engine.dispose();
        return;
      }
      this.engines.set(deploymentId, { engine: Promise.resolve(engine), version: engineVersion(ready) });
      this.log(`deployment ${deploymentId} READY`);
      this.deploymentLog.write(deploymentId, "info", "Ready to serve requests");
    } catch (error) {
      // Shutting down mid-load leaves the persisted status as is, so the next start resumes it.
      if (this.closed) return;
      const reason = reasonOf(error);
      this.log(`deployment ${deploymentId} UPDATE_FAILED: ${reason}`);
      this.deploymentLog.write(deploymentId, "error", `Deployment failed: ${reason}`);
      await setStatus(this.db, deploymentId, "UPDATE_FAILED", reason, { token, release: true }).catch(
        () => undefined,
      );
    }
  }

  /** Loads the deployment's engine, with a line in its log at the start and at the end. */
  private async load(deploymentId: string): Promise<Engine> {
    const started = this.now();
    try {
      const { engine, image } = await this.loadSpec(deploymentId);
      const ms = this.now() - started;
      const took = ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
      this.deploymentLog.write(deploymentId, "info", `Engine ${image} loaded in ${took}`);
      return engine;
    } catch (error) {
      this.deploymentLog.write(deploymentId, "error", `Engine load failed: ${reasonOf(error)}`);
      throw error;
    }
  }

  private async loadSpec(deploymentId: string): Promise<{ engine: Engine; image: string }> {
    const inputs = await engineInputs(this.db, deploymentId);
    if (!inputs) throw new EngineLoadError("The deployment no longer exists");
    const spec = resolveEngineSpec(inputs);
    this.deploymentLog.write(deploymentId, "info", `Loading the ${spec.image} engine`);
    const templateEnv = inputs.engineImage ? undefined : inputs.vendorConfiguration?.bundle_config.env;
    assertOutboundAllowed(spec, templateAllowList(spec.image, templateEnv, this.allowedHosts));
    const seconds = Math.round(this.loadTimeoutMs / 1000);
    // Checked after the query: an abort that came while it ran would never reach the listener below.
    if (this.shutdown.signal.aborted) throw new Error("Shutting down");
    // One listener per load, removed when the load settles: the signal lives as long as the process.
    let onAbort = () => undefined as void;
    const stopped = new Promise<never>((_, reject) => {
      onAbort = () => reject(new Error("Shutting down"));
      this.shutdown.signal.addEventListener("abort", onAbort, { once: true });
    });
    stopped.catch(() => undefined);
    try {
      const engine = await withTimeout(
        Promise.race([this.loader(spec), stopped]),
        this.loadTimeoutMs,
        `Loading the ${spec.image} engine took longer than ${seconds} s`,
        (late) => void late.dispose(),
      );
      return { engine, image: spec.image };
    } finally {
      this.shutdown.signal.removeEventListener("abort", onAbort);
    }
  }

  /**
   * The engine of a READY deployment, loading it if this process has not yet (after a restart, or when another
   * console deployed it). `version` (engineVersion of the row) drops an engine cached before a redeploy.
   */
  engineFor(deploymentId: string, version?: string): Promise<Engine> {
    const cached = this.engines.get(deploymentId);
    if (cached && (version === undefined || cached.version === undefined || cached.version === version))
      return cached.engine;
    if (cached) void cached.engine.then((e) => e.dispose()).catch(() => undefined);
    const loading = this.load(deploymentId).catch((error: unknown) => {
      if (this.engines.get(deploymentId)?.engine === loading) this.engines.delete(deploymentId);
      const message = `The deployment's engine could not be loaded: ${reasonOf(error)}`;
      // A load refused for its configuration fails the same way on every retry; anything else may pass.
      throw error instanceof EngineLoadError ? new RuleViolation(message) : new Unavailable(message);
    });
    this.engines.set(deploymentId, { engine: loading, version });
    return loading;
  }

  async release(deploymentId: string): Promise<void> {
    const cached = this.engines.get(deploymentId);
    this.engines.delete(deploymentId);
    if (cached) await cached.engine.then((e) => e.dispose()).catch(() => undefined);
  }

  /** Deleting goes through DELETE_IN_PROGRESS so a crash mid-delete is finished on the next start. */
  async remove(deploymentId: string): Promise<number> {
    await setStatus(this.db, deploymentId, "DELETE_IN_PROGRESS", undefined, { release: true });
    await this.release(deploymentId);
    this.deploymentLog.drop(deploymentId);
    return deleteDeploymentRow(this.db, deploymentId);
  }

  /** On start: finish interrupted deletes, take the open jobs nobody holds, and start the heartbeat. */
  async recover(): Promise<void> {
    for (const row of await rowsInStatus(this.db, ["DELETE_IN_PROGRESS"])) await this.remove(row.id);
    if (this.options.exclusive) await releaseClaims(this.db);
    await this.sweep();
    if (this.tickMs > 0 && !this.closed) {
      this.timer = setInterval(() => void this.tick(), this.tickMs);
      this.timer.unref();
    }
  }

  /** Heartbeat for this process's claims, then a sweep for jobs whose runner is gone. */
  tick(): Promise<void> {
    this.ticking ??= (async () => {
      try {
        if (this.running.size > 0) await renewClaims(this.db, this.replica, this.expiry());
        await this.sweep();
        await this.dropStaleEngines();
      } catch (error) {
        if (!this.closed) this.log(`deployment jobs: heartbeat failed: ${reasonOf(error)}`);
      } finally {
        this.ticking = undefined;
      }
    })();
    return this.ticking;
  }

  private async sweep(): Promise<void> {
    if (this.closed) return;
    for (const job of await claimableJobs(this.db, new Date(this.now()))) {
      if (this.running.has(job.id)) continue;
      // Never claimed and still pending: a fresh job whose creator has not started it yet; not a resume.
      const fresh = job.claimToken === null && job.status === "UPDATE_PENDING";
      this.deploy(job.id, fresh ? {} : { resume: RESUMED });
    }
  }

  /** Another console may have deleted or redeployed a deployment whose engine this one still holds. */
  private async dropStaleEngines(): Promise<void> {
    const states = await deploymentStates(this.db, [...this.engines.keys()]);
    const ready = new Set(states.filter((s) => s.status === "READY").map((s) => s.id));
    for (const id of this.engines.keys()) if (!ready.has(id) && !this.running.has(id)) await this.release(id);
  }

  /** Resolves when no deployment job is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.jobs.size > 0) await Promise.allSettled([...this.jobs]);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.shutdown.abort();
    await this.idle();
    await this.ticking;
    // Jobs interrupted by the shutdown are handed back at once rather than when their lease runs out.
    await releaseClaims(this.db, this.replica).catch(() => undefined);
    const engines = [...this.engines.values()];
    this.engines.clear();
    await Promise.allSettled(engines.map((e) => e.engine.then((engine) => engine.dispose())));
  }
}

const RESUMED = "Resumed after the console running it stopped";
