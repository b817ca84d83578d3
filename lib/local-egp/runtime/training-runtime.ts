import "server-only";
import type { FineTuningJobBody } from "../db/bodies";
import type { Db } from "../db/open";
import type { Engine, EngineSpec } from "../engines/types";
import { modelEngineInputs } from "../store/engine-inputs";
import { addEvent, fineTuningClaims, findJobRow, updateJob, type JobRow } from "../store/fine-tuning-jobs";
import { getModelRow } from "../store/models";
import { datasetRows } from "../store/training-datasets";
import {
  splitPairs,
  trainEmbeddingAdapter,
  type EmbeddingPair,
  type EmbeddingSettings,
} from "../training/embedding-trainer";
import { formatBaseEvent, formatEpochEvent, formatResultEvent } from "@/lib/fine-tuning/metric-events";
import { baseRerankScore, tunedRerankScore } from "../training/rerank-features";
import { splitGroups, trainReranker, type RerankRow, type RerankSettings } from "../training/rerank-trainer";
import { TrainingStopped, type Embed, type EpochReport } from "../training/types";
import type { TunedWeights } from "../training/weights";
import type { EngineLoader } from "./deployment-runtime";
import { resolveEngineSpec } from "./engine-spec";
import { publishTunedModel } from "./fine-tuning-result";
import { LeasedJobs, type JobStart, type LeaseOptions } from "./leased-jobs";

export type TrainingOptions = LeaseOptions & {
  /** The embedding a tuned reranker's cosine feature reads (use-embedding; tests use hash-embedding). */
  rerankEmbedding?: "use-embedding" | "hash-embedding";
  /** Runs a job may start (resumes included) before a stop is taken as its own failure. */
  maxAttempts?: number;
  /** Drops cached engines of deployments whose weights a job replaced. */
  releaseEngine?: (deploymentId: string) => Promise<void>;
};

/** The job was canceled or taken over while its result was being stored. */
class JobLost extends Error {}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const RESUMED =
  "Resumed after the console running it stopped; training starts again from the beginning";

type Outcome = { weights: TunedWeights; base: Record<string, number>; tuned: Record<string, number> };

/**
 * Fine-tuning jobs: PENDING → RUNNING → COMPLETED | FAILED | CANCELED, every step and epoch an event.
 * A job runs under a claim with a lease, renewed every tick (the deployment jobs' pattern): a job whose
 * runner died is taken again once its lease ran out (at once on PGlite, where this process is the only
 * one) and starts over, deterministic for its seed; after `maxAttempts` runs it ends FAILED with the
 * reason instead. Training runs on this thread between awaits, yielding to the event loop per batch.
 */
export class TrainingRuntime extends LeasedJobs {
  protected readonly running = new Set<string>();
  private readonly canceled = new Set<string>();

  constructor(
    db: Db,
    private readonly loader: EngineLoader,
    log: (line: string) => void,
    private readonly options: TrainingOptions = {},
  ) {
    super(
      db,
      log,
      fineTuningClaims,
      { what: "fine-tuning job", freshStatus: "PENDING", resumed: RESUMED },
      options,
    );
  }

  private at = () => new Date(this.now());

  start(jobId: string, job: JobStart = {}): void {
    if (this.running.has(jobId)) return;
    this.running.add(jobId);
    this.track(this.run(jobId, job), () => {
      this.running.delete(jobId);
      this.canceled.delete(jobId);
    });
  }

  protected startSwept(id: string, job: JobStart): void {
    this.start(id, job);
  }

  /** Stops this process's run of a job at its next batch (the caller has persisted CANCELED). */
  cancel(jobId: string): void {
    if (this.running.has(jobId)) this.canceled.add(jobId);
  }

  event(jobId: string, level: "info" | "warning" | "error", message: string) {
    return addEvent(this.db, jobId, this.at(), level, message);
  }

  /** The runner's own events: none once the job was canceled here (the canceller wrote the last word). */
  private say(jobId: string, level: "info" | "warning" | "error", message: string) {
    return this.canceled.has(jobId) ? Promise.resolve() : this.event(jobId, level, message);
  }

  private async run(jobId: string, job: JobStart): Promise<void> {
    const token = await this.claimFor(jobId, job.token);
    if (token === null || this.closed) return;
    const row = await findJobRow(this.db, jobId);
    if (!row || row.claimToken !== token) return;
    const attempts = (row.body.attempts ?? 0) + 1;
    const maxAttempts = this.options.maxAttempts ?? 2;
    if (attempts > maxAttempts) {
      await this.fail(
        row,
        token,
        `The job stopped ${maxAttempts} times while running (the console restarted or crashed); it was not started again`,
      );
      return;
    }
    const body: FineTuningJobBody = { ...row.body, attempts };
    if (!(await updateJob(this.db, jobId, token, { status: "RUNNING", body }))) return;
    await this.say(jobId, "info", job.resume ?? "Status RUNNING: training started");
    const started = this.now();
    try {
      const { outcome, base, baseSpec, history } = await this.train({ ...row, body }, token);
      const seconds = Math.round((this.now() - started) / 100) / 10;
      const datasetName = `training dataset ${row.trainingDatasetId}`;
      const metric = Object.keys(outcome.tuned)[0];
      // The model, its weights and deployment, and COMPLETED in one transaction: a job canceled or taken
      // over at the last moment keeps nothing, and a failure half-way leaves no model behind.
      const published = await this.db
        .transaction(async (tx) => {
          const db = tx as unknown as Db;
          const result = await publishTunedModel(db, {
            job: row,
            base,
            baseSpec,
            weights: outcome.weights,
            description: `Fine-tuned locally from ${base.name} by job ${row.id}: validation ${metric} ${outcome.base[metric]} → ${outcome.tuned[metric]}`,
            trainingDataCard: `Fine-tuned on ${datasetName}${row.validationDatasetId ? ` (validation: ${row.validationDatasetId})` : ""}; ${history} epochs; settings ${JSON.stringify(row.body.settings ?? {})}`,
          });
          const done = await updateJob(db, jobId, token, {
            status: "COMPLETED",
            fineTunedModelId: result.model.id,
            body: { ...body, result: { base: outcome.base, tuned: outcome.tuned, seconds } },
            release: true,
          });
          if (!done) throw new JobLost();
          return result;
        })
        .catch((error: unknown) => {
          if (error instanceof JobLost) return null;
          throw error;
        });
      if (!published) return;
      for (const id of published.deploymentIds) await this.options.releaseEngine?.(id);
      await this.say(jobId, "info", formatResultEvent(outcome.base, outcome.tuned, seconds));
      await this.say(
        jobId,
        "info",
        `Status COMPLETED: fine-tuned model ${published.model.id} (${published.model.name}) is READY`,
      );
      this.log(`fine-tuning job ${jobId} COMPLETED: model ${published.model.id}`);
    } catch (error) {
      if (error instanceof TrainingStopped) {
        // Canceled: the canceller wrote CANCELED. Shutting down: left RUNNING, resumed at the next start.
        return;
      }
      await this.fail({ ...row, body }, token, reasonOf(error));
    }
  }

  private async fail(row: JobRow, token: string, reason: string) {
    this.log(`fine-tuning job ${row.id} FAILED: ${reason}`);
    const failed = await updateJob(this.db, row.id, token, {
      status: "FAILED",
      body: { ...row.body, reason },
      release: true,
    }).catch(() => null);
    if (failed) await this.say(row.id, "error", `Status FAILED: ${reason}`).catch(() => undefined);
  }

  private async train(row: JobRow, token: string) {
    const base = await getModelRow(this.db, row.accountId, row.baseModelId!);
    const inputs = await modelEngineInputs(this.db, base.id);
    if (!inputs) throw new Error(`Base model ${base.id} no longer exists`);
    const baseSpec = resolveEngineSpec(inputs);
    const training = await datasetRows(this.db, row.accountId, row.trainingDatasetId);
    const validation = row.validationDatasetId
      ? await datasetRows(this.db, row.accountId, row.validationDatasetId)
      : null;
    const settings = row.body.settings ?? {};
    const hooks = {
      onBase: (metrics: Record<string, number>) => this.say(row.id, "info", formatBaseEvent(metrics)),
      stopped: () => this.closed || this.canceled.has(row.id),
      onEpoch: async (report: EpochReport) => {
        await this.say(row.id, "info", formatEpochEvent(report));
        // Canceled here or on another console, or taken over: stop at the next batch.
        const now = await findJobRow(this.db, row.id);
        if (!now || now.status !== "RUNNING" || now.claimToken !== token) this.canceled.add(row.id);
      },
    };
    let engine: Engine | undefined;
    try {
      let outcome: Outcome;
      let epochs: number;
      if (base.modelType === "RERANKING") {
        const embedding =
          baseSpec.tuned?.kind === "rerank"
            ? baseSpec.tuned.embedding
            : (this.options.rerankEmbedding ?? "use-embedding");
        engine = await this.loader({ image: embedding, config: {} });
        const embed = embedderOf(engine);
        const hybridWeight = Number(baseSpec.config.WEIGHT ?? 0.7);
        const tunedBase = baseSpec.tuned?.kind === "rerank" ? baseSpec.tuned : null;
        const split = splitGroups(
          training.rows as RerankRow[],
          (validation?.rows as RerankRow[] | undefined) ?? null,
          { seed: Number(settings.seed ?? 7), validation_split: Number(settings.validation_split ?? 0.2) },
        );
        await this.say(
          row.id,
          "info",
          `Reranking: ${split.train.length} training and ${split.validation.length} validation queries; features from ${embedding} and the texts`,
        );
        const result = await trainReranker({
          ...split,
          embed,
          embedding,
          baseImage: baseSpec.image,
          hybridWeight,
          baseScore: tunedBase
            ? (f) => tunedRerankScore(tunedBase, f)
            : (f) => baseRerankScore(baseSpec.image, f, hybridWeight),
          settings: settings as Partial<RerankSettings>,
          hooks,
        });
        epochs = result.history.length;
        outcome = { weights: result.weights, base: result.base, tuned: result.tuned };
        await this.say(row.id, "info", `Best epoch ${result.bestEpoch} of ${epochs} kept`);
      } else {
        engine = await this.loader(baseSpec);
        const embed = embedderOf(engine);
        const split = splitPairs(training.rows.map(toPair), validation?.rows.map(toPair) ?? null, {
          seed: Number(settings.seed ?? 7),
          validation_split: Number(settings.validation_split ?? 0.2),
        });
        await this.say(
          row.id,
          "info",
          `Embedding adapter: ${split.train.length} training and ${split.validation.length} validation pairs on ${baseSpec.image} vectors`,
        );
        const result = await trainEmbeddingAdapter({
          ...split,
          embed,
          settings: settings as Partial<EmbeddingSettings>,
          hooks,
        });
        epochs = result.history.length;
        const baseAdapter = baseSpec.tuned?.kind === "embedding-adapter" ? baseSpec.tuned : undefined;
        outcome = {
          weights: baseAdapter ? { ...result.adapter, base: baseAdapter } : result.adapter,
          base: result.base,
          tuned: result.tuned,
        };
        await this.say(row.id, "info", `Best epoch ${result.bestEpoch} of ${epochs} kept`);
      }
      return { outcome, base, baseSpec: baseSpec as EngineSpec, history: epochs };
    } finally {
      await engine?.dispose().catch(() => undefined);
    }
  }
}

function embedderOf(engine: Engine): Embed {
  if (engine.kind !== "embedding") throw new Error("The base engine does not embed text");
  return async (texts) => (await engine.embed(texts)).vectors;
}

const toPair = (row: Record<string, unknown>): EmbeddingPair => {
  const anchor = String(row.anchor ?? row.input);
  const positive = String(row.positive ?? row.output);
  const negative = row.negative === undefined ? undefined : String(row.negative);
  return negative === undefined ? { anchor, positive } : { anchor, positive, negative };
};
