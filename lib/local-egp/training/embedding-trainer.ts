import { dot } from "../engines/text/vector";
import { mean, round } from "./metrics";
import { Adam } from "./optim";
import { gaussian, seededRandom, shuffled, yieldToEventLoop } from "./rng";
import { embedAll, TrainingStopped, type Embed, type EpochReport, type TrainerHooks } from "./types";
import type { EmbeddingAdapter } from "./weights";

export type EmbeddingPair = { anchor: string; positive: string; negative?: string };

export type EmbeddingSettings = {
  epochs: number;
  learning_rate: number;
  seed: number;
  validation_split: number;
  /** recall@k's k. */
  k: number;
  rank: number;
  batch_size: number;
  /** InfoNCE temperature. */
  temperature: number;
};

export const EMBEDDING_DEFAULTS: EmbeddingSettings = {
  epochs: 12,
  learning_rate: 0.003,
  seed: 7,
  validation_split: 0.2,
  k: 5,
  rank: 16,
  batch_size: 32,
  temperature: 0.05,
};

/** The adapter's output for one vector: normalise(x + U(Vx)). `h` (= Vx) and the norm are kept for gradients. */
function forward(a: { u: Float64Array; v: Float64Array; d: number; r: number }, x: ArrayLike<number>) {
  const { d, r, u, v } = a;
  const h = new Float64Array(r);
  for (let i = 0; i < r; i++) {
    let s = 0;
    const row = i * d;
    for (let j = 0; j < d; j++) s += v[row + j] * x[j];
    h[i] = s;
  }
  const y = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let s = x[j];
    const row = j * r;
    for (let i = 0; i < r; i++) s += u[row + i] * h[i];
    y[j] = s;
  }
  const norm = Math.sqrt(dot(y, y)) || 1;
  for (let j = 0; j < d; j++) y[j] /= norm;
  return { y, h, norm };
}

/** Applies a stored adapter to base vectors (what the tuned embedding engine answers). */
export function applyAdapter(adapter: EmbeddingAdapter, vectors: readonly ArrayLike<number>[]): number[][] {
  if (adapter.base) vectors = applyAdapter(adapter.base, vectors);
  const a = {
    u: Float64Array.from(adapter.u),
    v: Float64Array.from(adapter.v),
    d: adapter.dimensions,
    r: adapter.rank,
  };
  return vectors.map((x) => {
    if (dot(x, x) === 0) return Array.from(x); // an empty text keeps the zero vector
    return Array.from(forward(a, x).y);
  });
}

/** Splits pairs by anchor (seeded), or takes the given validation pairs. */
export function splitPairs(
  pairs: readonly EmbeddingPair[],
  validation: readonly EmbeddingPair[] | null,
  settings: Pick<EmbeddingSettings, "seed" | "validation_split">,
) {
  if (validation) return { train: [...pairs], validation: [...validation] };
  const mixed = shuffled(pairs, seededRandom(settings.seed ^ 0x5eed));
  const held = Math.max(1, Math.round(mixed.length * settings.validation_split));
  return { train: mixed.slice(held), validation: mixed.slice(0, held) };
}

/**
 * recall@k and MRR of retrieving each validation anchor's positive among every distinct positive and
 * negative text of the dataset (the corpus), by cosine of the given vectors.
 */
function retrieval(
  pairs: readonly EmbeddingPair[],
  corpus: readonly string[],
  vectorOf: (text: string) => ArrayLike<number>,
  k: number,
) {
  const docs = corpus.map(vectorOf);
  const recall: number[] = [];
  const rr: number[] = [];
  for (const pair of pairs) {
    const q = vectorOf(pair.anchor);
    const target = dot(q, vectorOf(pair.positive));
    let better = 0;
    for (let i = 0; i < corpus.length; i++)
      if (corpus[i] !== pair.positive && dot(q, docs[i]) > target) better++;
    recall.push(better < k ? 1 : 0);
    rr.push(1 / (better + 1));
  }
  return { [`recall@${k}`]: round(mean(recall)), mrr: round(mean(rr)) };
}

export type EmbeddingResult = {
  adapter: EmbeddingAdapter;
  base: Record<string, number>;
  tuned: Record<string, number>;
  history: EpochReport[];
  bestEpoch: number;
  trainPairs: number;
  validationPairs: number;
};

const unit = (x: ArrayLike<number>) => {
  const n = Math.sqrt(dot(x, x)) || 1;
  return Float64Array.from(x, (v) => v / n);
};

/**
 * Learns a rank-r adapter y = normalise(x + U·V·x) on the base embedding with a contrastive (InfoNCE)
 * loss: each anchor against its positive, the batch's other positives and every explicit negative of
 * the batch. U starts at zero, so epoch 0 is the base embedding; the epoch with the best validation
 * recall@k is kept. Deterministic for a seed; yields to the event loop per batch.
 */
export async function trainEmbeddingAdapter(input: {
  train: readonly EmbeddingPair[];
  validation: readonly EmbeddingPair[];
  embed: Embed;
  settings?: Partial<EmbeddingSettings>;
  hooks?: TrainerHooks;
}): Promise<EmbeddingResult> {
  const settings = { ...EMBEDDING_DEFAULTS, ...input.settings };
  const hooks = input.hooks ?? {};
  const { k, rank: r } = settings;
  const all = [...input.train, ...input.validation];
  const texts = all.flatMap((p) => [p.anchor, p.positive, ...(p.negative ? [p.negative] : [])]);
  const raw = await embedAll(input.embed, texts, hooks);
  const base = new Map([...raw].map(([text, v]) => [text, unit(v)]));
  const d = base.values().next().value?.length ?? 0;
  const corpus = [...new Set(all.flatMap((p) => [p.positive, ...(p.negative ? [p.negative] : [])]))];

  const random = seededRandom(settings.seed);
  const a = {
    d,
    r,
    u: new Float64Array(d * r),
    v: Float64Array.from({ length: r * d }, () => gaussian(random) / Math.sqrt(d)),
  };
  const snapshot = (): EmbeddingAdapter => ({
    kind: "embedding-adapter",
    dimensions: d,
    rank: r,
    u: Array.from(a.u, (x) => round(x, 7)),
    v: Array.from(a.v, (x) => round(x, 7)),
  });
  const tunedVectors = () => {
    const out = new Map<string, Float64Array>();
    for (const [text, x] of base) out.set(text, forward(a, x).y);
    return out;
  };
  const baseMetrics = retrieval(input.validation, corpus, (t) => base.get(t)!, k);
  await hooks.onBase?.(baseMetrics);
  let best = { epoch: 0, metric: baseMetrics[`recall@${k}`], adapter: snapshot(), tuned: baseMetrics };
  const history: EpochReport[] = [];
  const params = new Float64Array(d * r * 2);
  const adam = new Adam(params.length, settings.learning_rate);
  const tau = settings.temperature;

  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    const order = shuffled(input.train, random);
    let lossSum = 0;
    for (let b = 0; b < order.length; b += settings.batch_size) {
      if (hooks.stopped?.()) throw new TrainingStopped();
      const batch = order.slice(b, b + settings.batch_size);
      // Candidates: the batch's distinct positives, then its negatives.
      const candidates = [
        ...new Set([
          ...batch.map((p) => p.positive),
          ...batch.flatMap((p) => (p.negative ? [p.negative] : [])),
        ]),
      ];
      const index = new Map(candidates.map((c, i) => [c, i]));
      const anchors = batch.map((p) => forward(a, base.get(p.anchor)!));
      const docs = candidates.map((c) => forward(a, base.get(c)!));
      // dL/dy for every output, then back through normalisation and the adapter.
      const gA = anchors.map(() => new Float64Array(d));
      const gD = docs.map(() => new Float64Array(d));
      batch.forEach((pair, i) => {
        const logits = docs.map((doc) => dot(anchors[i].y, doc.y) / tau);
        const max = Math.max(...logits);
        const exps = logits.map((l) => Math.exp(l - max));
        const sum = exps.reduce((x, y) => x + y, 0);
        const target = index.get(pair.positive)!;
        lossSum += -(logits[target] - max - Math.log(sum));
        exps.forEach((e, j) => {
          const coef = (e / sum - (j === target ? 1 : 0)) / tau / batch.length;
          if (coef === 0) return;
          const ya = anchors[i].y;
          const yd = docs[j].y;
          for (let t = 0; t < d; t++) {
            gA[i][t] += coef * yd[t];
            gD[j][t] += coef * ya[t];
          }
        });
      });
      const grad = new Float64Array(params.length); // [dU | dV]
      const back = (
        out: { y: Float64Array; h: Float64Array; norm: number },
        g: Float64Array,
        x: ArrayLike<number>,
      ) => {
        // Through y = z/|z|: dz = (g − (g·y) y) / |z|.
        const gy = dot(g, out.y);
        const dz = Float64Array.from(g, (gi, t) => (gi - gy * out.y[t]) / out.norm);
        const dh = new Float64Array(r);
        for (let t = 0; t < d; t++) {
          const row = t * r;
          for (let i = 0; i < r; i++) {
            grad[row + i] += dz[t] * out.h[i];
            dh[i] += a.u[row + i] * dz[t];
          }
        }
        const offset = d * r;
        for (let i = 0; i < r; i++) {
          if (dh[i] === 0) continue;
          const row = offset + i * d;
          for (let t = 0; t < d; t++) grad[row + t] += dh[i] * x[t];
        }
      };
      batch.forEach((p, i) => back(anchors[i], gA[i], base.get(p.anchor)!));
      candidates.forEach((c, j) => back(docs[j], gD[j], base.get(c)!));
      params.set(a.u, 0);
      params.set(a.v, d * r);
      adam.step(params, grad);
      a.u.set(params.subarray(0, d * r));
      a.v.set(params.subarray(d * r));
      await yieldToEventLoop();
    }
    const vectors = tunedVectors();
    const tuned = retrieval(input.validation, corpus, (t) => vectors.get(t)!, k);
    const report = {
      epoch,
      epochs: settings.epochs,
      loss: round(lossSum / Math.max(1, order.length), 6),
      validation: tuned,
    };
    history.push(report);
    if (
      tuned[`recall@${k}`] > best.metric ||
      (tuned[`recall@${k}`] === best.metric && tuned.mrr > best.tuned.mrr)
    )
      best = { epoch, metric: tuned[`recall@${k}`], adapter: snapshot(), tuned };
    await hooks.onEpoch?.(report);
  }
  return {
    adapter: best.adapter,
    base: baseMetrics,
    tuned: best.tuned,
    history,
    bestEpoch: best.epoch,
    trainPairs: input.train.length,
    validationPairs: input.validation.length,
  };
}
