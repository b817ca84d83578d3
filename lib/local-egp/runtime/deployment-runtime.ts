import "server-only";
import type { Db } from "../db/open";
import { templateAllowList, type HostPattern } from "../engines/outbound";
import { EngineLoadError, type Engine, type EngineSpec } from "../engines/types";
import { HttpError } from "../http/errors";
import { deleteDeploymentRow, rowsInStatus, setStatus } from "../store/deployments";
import { engineInputs } from "../store/engine-inputs";
import { resolveEngineSpec } from "./engine-spec";
import { assertOutboundAllowed } from "./outbound-policy";
import { withTimeout } from "./timeout";

export type EngineLoader = (spec: EngineSpec) => Promise<Engine>;

const reasonOf = (error: unknown) =>
  error instanceof EngineLoadError || error instanceof Error ? error.message : "The engine failed to load";

/**
 * Deployment lifecycle: UPDATE_PENDING → UPDATE_IN_PROGRESS → READY | UPDATE_FAILED, every step persisted.
 * Loaded engines are cached per deployment in this process and reloaded lazily after a restart.
 */
export class DeploymentRuntime {
  private readonly engines = new Map<string, Promise<Engine>>();
  private readonly jobs = new Set<Promise<void>>();
  private closed = false;
  private readonly shutdown = new AbortController();

  constructor(
    private readonly db: Db,
    private readonly loader: EngineLoader,
    private readonly log: (line: string) => void,
    private readonly loadTimeoutMs = 120_000,
    /** EGP_ENGINE_ALLOWED_HOSTS, parsed. */
    private readonly allowedHosts: readonly HostPattern[] = [],
  ) {}

  /** Starts the background job; the caller has already persisted UPDATE_PENDING. */
  deploy(deploymentId: string): void {
    const job = this.run(deploymentId).finally(() => this.jobs.delete(job));
    this.jobs.add(job);
  }

  private async run(deploymentId: string): Promise<void> {
    await this.release(deploymentId);
    try {
      if (!(await setStatus(this.db, deploymentId, "UPDATE_IN_PROGRESS"))) return;
      const engine = await this.load(deploymentId);
      if (this.closed || !(await setStatus(this.db, deploymentId, "READY"))) {
        await engine.dispose();
        return;
      }
      this.engines.set(deploymentId, Promise.resolve(engine));
      this.log(`deployment ${deploymentId} READY`);
    } catch (error) {
      // Shutting down mid-load leaves the persisted status as is, so the next start resumes it.
      if (this.closed) return;
      const reason = reasonOf(error);
      this.log(`deployment ${deploymentId} UPDATE_FAILED: ${reason}`);
      await setStatus(this.db, deploymentId, "UPDATE_FAILED", reason).catch(() => undefined);
    }
  }

  private async load(deploymentId: string): Promise<Engine> {
    const inputs = await engineInputs(this.db, deploymentId);
    if (!inputs) throw new EngineLoadError("The deployment no longer exists");
    const spec = resolveEngineSpec(inputs);
    const templateEnv = inputs.engineImage ? undefined : inputs.vendorConfiguration?.bundle_config.env;
    assertOutboundAllowed(spec, templateAllowList(spec.image, templateEnv, this.allowedHosts));
    const seconds = Math.round(this.loadTimeoutMs / 1000);
    const stopped = new Promise<never>((_, reject) =>
      this.shutdown.signal.addEventListener("abort", () => reject(new Error("Shutting down")), {
        once: true,
      }),
    );
    stopped.catch(() => undefined);
    return withTimeout(
      Promise.race([this.loader(spec), stopped]),
      this.loadTimeoutMs,
      `Loading the ${spec.image} engine took longer than ${seconds} s`,
      (late) => void late.dispose(),
    );
  }

  /** The engine of a READY deployment, loading it if this process has not yet (e.g. after a restart). */
  engineFor(deploymentId: string): Promise<Engine> {
    const cached = this.engines.get(deploymentId);
    if (cached) return cached;
    const loading = this.load(deploymentId).catch((error: unknown) => {
      this.engines.delete(deploymentId);
      throw new HttpError(503, `The deployment's engine could not be loaded: ${reasonOf(error)}`);
    });
    this.engines.set(deploymentId, loading);
    return loading;
  }

  async release(deploymentId: string): Promise<void> {
    const engine = this.engines.get(deploymentId);
    this.engines.delete(deploymentId);
    if (engine) await engine.then((e) => e.dispose()).catch(() => undefined);
  }

  /** Deleting goes through DELETE_IN_PROGRESS so a crash mid-delete is finished on the next start. */
  async remove(deploymentId: string): Promise<number> {
    await setStatus(this.db, deploymentId, "DELETE_IN_PROGRESS");
    await this.release(deploymentId);
    return deleteDeploymentRow(this.db, deploymentId);
  }

  /** On start: resume deployments that were mid-update and finish interrupted deletes. */
  async recover(): Promise<void> {
    for (const row of await rowsInStatus(this.db, ["DELETE_IN_PROGRESS"])) await this.remove(row.id);
    for (const row of await rowsInStatus(this.db, ["UPDATE_PENDING", "UPDATE_IN_PROGRESS"])) {
      this.log(`resuming deployment ${row.id} (${row.status})`);
      await setStatus(this.db, row.id, "UPDATE_PENDING", "Resumed after a restart");
      this.deploy(row.id);
    }
  }

  /** Resolves when no deployment job is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.jobs.size > 0) await Promise.allSettled([...this.jobs]);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.shutdown.abort();
    await this.idle();
    const engines = [...this.engines.values()];
    this.engines.clear();
    await Promise.allSettled(engines.map((e) => e.then((engine) => engine.dispose())));
  }
}
