import { mean, ndcgAt, reciprocalRank, round } from "./metrics";
import { Adam } from "./optim";
import { baseRerankScore, RERANK_FEATURES, rerankFeatures, tunedRerankScore } from "./rerank-features";
import { seededRandom, shuffled, yieldToEventLoop } from "./rng";
import { embedAll, TrainingStopped, type Embed, type EpochReport, type TrainerHooks } from "./types";
import type { RerankWeights } from "./weights";

export type RerankRow = { query: string; chunk: string; relevance: number };
export type RerankGroup = { query: string; chunks: string[]; relevance: number[] };

export type RerankSettings = {
  epochs: number;
  learning_rate: number;
  seed: number;
  /** Share of queries held out when no validation dataset is given. */
  validation_split: number;
  /** NDCG@k's k. */
  k: number;
  l2: number;
};

export const RERANK_DEFAULTS: RerankSettings = {
  epochs: 30,
  learning_rate: 0.05,
  seed: 7,
  validation_split: 0.2,
  k: 5,
  l2: 0.001,
};

/** Rows grouped by query, in first-seen order. */
export function groupRows(rows: readonly RerankRow[]): RerankGroup[] {
  const groups = new Map<string, RerankGroup>();
  for (const row of rows) {
    let group = groups.get(row.query);
    if (!group) groups.set(row.query, (group = { query: row.query, chunks: [], relevance: [] }));
    group.chunks.push(row.chunk);
    group.relevance.push(row.relevance);
  }
  return [...groups.values()];
}

/** Train and validation groups: the given validation rows, or a seeded share of the queries. */
export function splitGroups(
  rows: readonly RerankRow[],
  validationRows: readonly RerankRow[] | null,
  settings: Pick<RerankSettings, "seed" | "validation_split">,
) {
  if (validationRows) return { train: groupRows(rows), validation: groupRows(validationRows) };
  const groups = shuffled(groupRows(rows), seededRandom(settings.seed ^ 0x5eed));
  const held = Math.max(1, Math.round(groups.length * settings.validation_split));
  return { train: groups.slice(held), validation: groups.slice(0, held) };
}

type Featured = { features: number[][]; relevance: number[] };

export type RerankResult = {
  weights: RerankWeights;
  base: Record<string, number>;
  tuned: Record<string, number>;
  history: EpochReport[];
  bestEpoch: number;
  trainQueries: number;
  validationQueries: number;
};

function evaluate(groups: readonly Featured[], k: number, score: (f: number[]) => number) {
  const ndcg: number[] = [];
  const mrr: number[] = [];
  for (const g of groups) {
    const scores = g.features.map(score);
    ndcg.push(ndcgAt(k, scores, g.relevance));
    mrr.push(reciprocalRank(scores, g.relevance));
  }
  return { [`ndcg@${k}`]: round(mean(ndcg)), mrr: round(mean(mrr)) };
}

/**
 * Learns a linear scorer over RERANK_FEATURES with a pairwise logistic (RankNet) loss on every pair of
 * candidates of a query whose relevance differs, Adam over mini-batches of queries, L2 on the weights.
 * It starts from the base reranker's own weighting (so epoch 0 ranks as the base does) and keeps the
 * epoch with the best validation NDCG@k. Deterministic for a seed; yields to the event loop per batch.
 */
export async function trainReranker(input: {
  train: readonly RerankGroup[];
  validation: readonly RerankGroup[];
  embed: Embed;
  embedding: RerankWeights["embedding"];
  baseImage: string;
  hybridWeight?: number;
  /** The base model's score (default: the base image's formula); a fine-tuned base scores with its weights. */
  baseScore?: (features: number[]) => number;
  settings?: Partial<RerankSettings>;
  hooks?: TrainerHooks;
}): Promise<RerankResult> {
  const settings = { ...RERANK_DEFAULTS, ...input.settings };
  const hooks = input.hooks ?? {};
  const { k } = settings;
  const texts = [...input.train, ...input.validation].flatMap((g) => [g.query, ...g.chunks]);
  const vectors = await embedAll(input.embed, texts, hooks);
  const featurise = (g: RerankGroup): Featured => ({
    features: rerankFeatures(
      g.query,
      g.chunks,
      vectors.get(g.query)!,
      g.chunks.map((c) => vectors.get(c)!),
    ),
    relevance: g.relevance,
  });
  const train = input.train.map(featurise);
  const validation = input.validation.map(featurise);

  const n = RERANK_FEATURES.length;
  const all = train.flatMap((g) => g.features);
  const meanOf = Array.from({ length: n }, (_, j) => mean(all.map((f) => f[j])));
  const scale = meanOf.map((m, j) => Math.sqrt(mean(all.map((f) => (f[j] - m) ** 2))) || 1);
  const hybridWeight = input.hybridWeight ?? 0.7;
  // The base's blend in standardised units, scaled up so the sigmoid is not flat at the start.
  const start = new Array<number>(n).fill(0);
  if (input.baseImage === "bm25-rerank") start[1] = 4 * scale[1];
  else [start[0], start[1]] = [4 * hybridWeight * scale[0], 4 * (1 - hybridWeight) * scale[1]];
  const params = new Float64Array([...start, 0]);
  const weightsOf = (p: ArrayLike<number>): RerankWeights => ({
    kind: "rerank",
    embedding: input.embedding,
    features: RERANK_FEATURES,
    weights: Array.from(p).slice(0, n),
    bias: p[n],
    mean: meanOf,
    scale,
  });

  const base = evaluate(
    validation,
    k,
    input.baseScore ?? ((f) => baseRerankScore(input.baseImage, f, hybridWeight)),
  );
  await hooks.onBase?.(base);
  // Epoch 0 is the base's own ranking: a run that never beats it keeps it.
  let best = { epoch: 0, metric: base[`ndcg@${k}`], params: Float64Array.from(params), tuned: base };
  const history: EpochReport[] = [];
  const adam = new Adam(n + 1, settings.learning_rate);
  const random = seededRandom(settings.seed);
  const z = (f: readonly number[]) => {
    let s = params[n];
    for (let j = 0; j < n; j++) s += params[j] * ((f[j] - meanOf[j]) / scale[j]);
    return s;
  };
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let lossSum = 0;
    let pairs = 0;
    const order = shuffled(train, random);
    for (let b = 0; b < order.length; b += 16) {
      if (hooks.stopped?.()) throw new TrainingStopped();
      const grad = new Float64Array(n + 1);
      let batchPairs = 0;
      for (const g of order.slice(b, b + 16)) {
        const zs = g.features.map(z);
        for (let i = 0; i < zs.length; i++) {
          for (let j = 0; j < zs.length; j++) {
            if (g.relevance[i] <= g.relevance[j]) continue;
            const diff = zs[i] - zs[j];
            lossSum += Math.log1p(Math.exp(-diff));
            const coef = -1 / (1 + Math.exp(diff)); // dL/d(diff)
            for (let f = 0; f < n; f++) grad[f] += coef * ((g.features[i][f] - g.features[j][f]) / scale[f]);
            batchPairs++;
          }
        }
      }
      pairs += batchPairs;
      if (batchPairs === 0) continue;
      for (let f = 0; f <= n; f++) grad[f] = grad[f] / batchPairs + (f < n ? settings.l2 * params[f] : 0);
      adam.step(params, grad);
      await yieldToEventLoop();
    }
    const tuned = evaluate(validation, k, (f) => tunedRerankScore(weightsOf(params), f));
    const report = {
      epoch,
      epochs: settings.epochs,
      loss: round(lossSum / Math.max(1, pairs), 6),
      validation: tuned,
    };
    history.push(report);
    if (tuned[`ndcg@${k}`] > best.metric)
      best = { epoch, metric: tuned[`ndcg@${k}`], params: Float64Array.from(params), tuned };
    await hooks.onEpoch?.(report);
  }
  return {
    weights: weightsOf(best.params),
    base,
    tuned: best.tuned,
    history,
    bestEpoch: best.epoch,
    trainQueries: train.length,
    validationQueries: validation.length,
  };
}
