import "server-only";
import type { Db } from "../db/open";
import { templateAllowList, type HostPattern } from "../engines/outbound";
import { EngineLoadError, type Engine, type EngineSpec } from "../engines/types";
import { RuleViolation, Unavailable } from "../domain/errors";
import { deploymentClaims, deploymentStates } from "../store/deployment-jobs";
import { deleteDeploymentRow, engineVersion, rowsInStatus, setStatus } from "../store/deployments";
import { engineInputs } from "../store/engine-inputs";
import { DeploymentLog } from "./deployment-log";
import { resolveEngineSpec } from "./engine-spec";
import { LeasedJobs, type JobStart, type LeaseOptions } from "./leased-jobs";
import { assertOutboundAllowed } from "./outbound-policy";
import { withTimeout } from "./timeout";

export type EngineLoader = (spec: EngineSpec) => Promise<Engine>;

export type RuntimeOptions = LeaseOptions & {
  loadTimeoutMs?: number;
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
 * A job runs under a claim (LeasedJobs) so that of several consoles on one database exactly one runs it,
 * and a job whose runner died is taken over once its lease runs out. Loaded engines are cached per
 * deployment in this process and loaded on demand by any console that executes a READY deployment.
 */
export class DeploymentRuntime extends LeasedJobs {
  private readonly engines = new Map<string, Cached>();
  /** Deployments with a job running in this process (a count: a redeploy may overlap a run). */
  protected readonly running = new Map<string, number>();
  private readonly shutdown = new AbortController();
  private readonly loadTimeoutMs: number;
  private readonly allowedHosts: readonly HostPattern[];
  readonly deploymentLog: DeploymentLog;

  constructor(
    db: Db,
    private readonly loader: EngineLoader,
    log: (line: string) => void,
    options: RuntimeOptions = {},
  ) {
    super(
      db,
      log,
      deploymentClaims,
      { what: "deployment", freshStatus: "UPDATE_PENDING", resumed: RESUMED },
      options,
    );
    this.loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
    this.allowedHosts = options.allowedHosts ?? [];
    this.deploymentLog = options.deploymentLog ?? new DeploymentLog();
  }

  /** Aborted on close; every pending load listens to it (exposed so tests can count its listeners). */
  get signal(): AbortSignal {
    return this.shutdown.signal;
  }

  /**
   * Starts the background job; the caller has already persisted UPDATE_PENDING, with `job.token` from
   * newClaim() when it claimed the job in the same write.
   */
  deploy(deploymentId: string, job: JobStart = {}): void {
    this.running.set(deploymentId, (this.running.get(deploymentId) ?? 0) + 1);
    this.track(this.run(deploymentId, job), () => {
      const left = (this.running.get(deploymentId) ?? 1) - 1;
      if (left > 0) this.running.set(deploymentId, left);
      else this.running.delete(deploymentId);
    });
  }

  protected startSwept(id: string, job: JobStart): void {
    this.deploy(id, job);
  }

  private async run(deploymentId: string, job: JobStart): Promise<void> {
    const token = await this.claimFor(deploymentId, job.token);
    if (token === null || this.closed) return;
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

  /** On start: finish interrupted deletes, then take the open jobs nobody holds (LeasedJobs). */
  async recover(): Promise<void> {
    for (const row of await rowsInStatus(this.db, ["DELETE_IN_PROGRESS"])) await this.remove(row.id);
    await super.recover();
  }

  protected afterTick(): Promise<void> {
    return this.dropStaleEngines();
  }

  /** Another console may have deleted or redeployed a deployment whose engine this one still holds. */
  private async dropStaleEngines(): Promise<void> {
    const states = await deploymentStates(this.db, [...this.engines.keys()]);
    const ready = new Set(states.filter((s) => s.status === "READY").map((s) => s.id));
    for (const id of this.engines.keys()) if (!ready.has(id) && !this.running.has(id)) await this.release(id);
  }

  protected onClose(): void {
    this.shutdown.abort();
  }

  async close(): Promise<void> {
    await super.close();
    const engines = [...this.engines.values()];
    this.engines.clear();
    await Promise.allSettled(engines.map((e) => e.engine.then((engine) => engine.dispose())));
  }
}

const RESUMED = "Resumed after the console running it stopped";
