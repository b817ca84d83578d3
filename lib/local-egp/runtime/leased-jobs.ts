import "server-only";
import { newId } from "../auth/keys";
import type { Db } from "../db/open";
import type { JobClaims } from "../store/job-claims";

export type LeaseOptions = {
  /** How long a job's claim lasts without a heartbeat; a console that stops renewing loses its jobs then. */
  leaseMs?: number;
  /** Period of the heartbeat and of the sweep for jobs nobody holds; 0 = no timer (tests call tick()). */
  tickMs?: number;
  /** The lease clock. */
  now?: () => number;
  /** This process is the database's only user (PGlite's lock says so): claims found at start are dead. */
  exclusive?: boolean;
};

/** How a run starts: with the token its creator claimed in the same write, and/or as a resume. */
export type JobStart = { token?: string; resume?: string };

type Kind = {
  /** For log lines: "deployment", "fine-tuning job". */
  what: string;
  /** A swept job never claimed and in this status is fresh (its creator has not started it yet). */
  freshStatus: string;
  /** The reason a swept job that had a runner is resumed with. */
  resumed: string;
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The claim-and-lease life of background jobs that deployments and fine-tuning share. A job runs under a
 * claim (token + lease in its row) so that of several consoles on one database exactly one runs it; the
 * heartbeat renews this process's claims, and its sweep takes the open jobs whose runner is gone (every
 * one at start on PGlite, where this process is the only one). Subclasses run the jobs themselves.
 */
export abstract class LeasedJobs {
  protected readonly jobs = new Set<Promise<void>>();
  /** Prefix of this process's claim tokens; one token per job run. */
  protected readonly replica = newId();
  private seq = 0;
  protected closed = false;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  protected readonly leaseMs: number;
  protected readonly tickMs: number;
  protected readonly now: () => number;
  /** The jobs running in this process, so a sweep does not start a second run. */
  protected abstract readonly running: { has(id: string): boolean; readonly size: number };

  protected constructor(
    protected readonly db: Db,
    protected readonly log: (line: string) => void,
    private readonly claims: JobClaims,
    private readonly kind: Kind,
    private readonly lease: LeaseOptions,
  ) {
    this.leaseMs = lease.leaseMs ?? 30_000;
    this.tickMs = lease.tickMs ?? Math.round(this.leaseMs / 3);
    this.now = lease.now ?? Date.now;
  }

  protected expiry = () => new Date(this.now() + this.leaseMs);

  /** A claim to store with a new row, so that no other console takes its job before it is started. */
  newClaim(): { claimToken: string; claimExpiresAt: Date } {
    return { claimToken: `${this.replica}.${++this.seq}`, claimExpiresAt: this.expiry() };
  }

  /** A swept job: start its run in the background. */
  protected abstract startSwept(id: string, job: JobStart): void;

  /** More work for each heartbeat, after the sweep. */
  protected async afterTick(): Promise<void> {}

  /** Right after close() began, before waiting for the runs (e.g. to abort loads). */
  protected onClose(): void {}

  /**
   * The run's token: the one its creator claimed the job with, else a claim taken now; null when another
   * console holds the job (or it is no longer open): it is theirs to finish.
   */
  protected async claimFor(id: string, token: string | undefined): Promise<string | null> {
    if (token !== undefined) return token;
    const fresh = this.newClaim().claimToken;
    const claimed = await this.claims
      .claim(this.db, id, fresh, new Date(this.now()), this.expiry())
      .catch(
        (error: unknown) => (this.log(`${this.kind.what} ${id}: claim failed: ${reasonOf(error)}`), false),
      );
    return claimed ? fresh : null;
  }

  /** Keeps `run` among the jobs idle() waits for until it settles; `done` then runs first. */
  protected track(run: Promise<void>, done: () => void): void {
    const tracked = run.finally(() => {
      this.jobs.delete(tracked);
      done();
    });
    this.jobs.add(tracked);
  }

  /** On start: the open jobs nobody holds are started or resumed; then the heartbeat. */
  async recover(): Promise<void> {
    if (this.lease.exclusive) await this.claims.release(this.db);
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
        if (this.running.size > 0) await this.claims.renew(this.db, this.replica, this.expiry());
        await this.sweep();
        await this.afterTick();
      } catch (error) {
        if (!this.closed) this.log(`${this.kind.what} jobs: heartbeat failed: ${reasonOf(error)}`);
      } finally {
        this.ticking = undefined;
      }
    })();
    return this.ticking;
  }

  private async sweep(): Promise<void> {
    if (this.closed) return;
    for (const job of await this.claims.claimable(this.db, new Date(this.now()))) {
      if (this.running.has(job.id)) continue;
      const fresh = job.claimToken === null && job.status === this.kind.freshStatus;
      this.startSwept(job.id, fresh ? {} : { resume: this.kind.resumed });
    }
  }

  /** Resolves when no job is running here (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.jobs.size > 0) await Promise.allSettled([...this.jobs]);
  }

  /** Stops: no new runs, the current ones end, and their claims are handed back at once (not at lease end). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.onClose();
    await this.idle();
    await this.ticking;
    await this.claims.release(this.db, this.replica).catch(() => undefined);
  }
}
