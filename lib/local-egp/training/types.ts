/** What trainers share: the embedder they read vectors from, progress, cancellation. */

/** Vectors of texts, in order (an engine's embed, or a test's stand-in). */
export type Embed = (texts: string[]) => Promise<ArrayLike<number>[]>;

/** One epoch's figures: the training loss and the validation metrics after it. */
export type EpochReport = {
  epoch: number;
  epochs: number;
  loss: number;
  validation: Record<string, number>;
};

export type TrainerHooks = {
  /** Called once before epoch 1 with the base model's validation metrics. */
  onBase?: (metrics: Record<string, number>) => Promise<void> | void;
  /** Called after each epoch; awaited, so a caller may persist it. */
  onEpoch?: (report: EpochReport) => Promise<void> | void;
  /** Checked between epochs and batches: true stops the run (cancellation, shutdown). */
  stopped?: () => boolean;
};

export class TrainingStopped extends Error {
  override name = "TrainingStopped";
  constructor() {
    super("Training stopped");
  }
}

/** Embeds unique texts once, in batches, yielding between them; answers a lookup by text. */
export async function embedAll(
  embed: Embed,
  texts: Iterable<string>,
  hooks: TrainerHooks,
  batch = 8,
): Promise<Map<string, ArrayLike<number>>> {
  const unique = [...new Set(texts)];
  const out = new Map<string, ArrayLike<number>>();
  for (let i = 0; i < unique.length; i += batch) {
    if (hooks.stopped?.()) throw new TrainingStopped();
    const slice = unique.slice(i, i + batch);
    const vectors = await embed(slice);
    slice.forEach((text, j) => out.set(text, vectors[j]));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
}
