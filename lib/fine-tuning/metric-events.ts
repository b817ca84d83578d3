/**
 * How a local fine-tuning job's metric curve travels in its events (the spec's FineTuningJobEvent:
 * `timestamp`, `level`, `message`, nothing more, so every SDK reads them). Metric events are `info`
 * events whose message is `key=value` pairs after a fixed prefix:
 *
 *   base: ndcg@5=0.9152 mrr=1                                   (before epoch 1: the untuned model)
 *   epoch 3/30: loss=0.412300 ndcg@5=0.9301 mrr=1               (after each epoch, on the validation split)
 *   result: base ndcg@5=0.9152 mrr=1 -> tuned ndcg@5=0.9445 mrr=1 in 12.9 s
 *
 * Pure and dependency-free: the embedded server writes these, the console's chart reads them.
 */

export type Metrics = Record<string, number>;
export type MetricEvent =
  | { kind: "base"; metrics: Metrics }
  | { kind: "epoch"; epoch: number; epochs: number; loss: number; metrics: Metrics }
  | { kind: "result"; base: Metrics; tuned: Metrics; seconds: number };

const pairs = (metrics: Metrics) =>
  Object.entries(metrics)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");

export const formatBaseEvent = (metrics: Metrics) => `base: ${pairs(metrics)}`;

export const formatEpochEvent = (r: { epoch: number; epochs: number; loss: number; validation: Metrics }) =>
  `epoch ${r.epoch}/${r.epochs}: loss=${r.loss} ${pairs(r.validation)}`;

export const formatResultEvent = (base: Metrics, tuned: Metrics, seconds: number) =>
  `result: base ${pairs(base)} -> tuned ${pairs(tuned)} in ${seconds} s`;

function parsePairs(text: string): Metrics | null {
  const out: Metrics = {};
  for (const part of text.trim().split(/\s+/)) {
    const m = /^([A-Za-z_][\w@.]*)=(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/.exec(part);
    if (!m) return null;
    out[m[1]] = Number(m[2]);
  }
  return out;
}

/** The figures of a metric event's message; null for any other event. */
export function parseMetricEvent(message: string): MetricEvent | null {
  let m = /^base: (.+)$/.exec(message);
  if (m) {
    const metrics = parsePairs(m[1]);
    return metrics ? { kind: "base", metrics } : null;
  }
  m = /^epoch (\d+)\/(\d+): (.+)$/.exec(message);
  if (m) {
    const all = parsePairs(m[3]);
    if (!all || all.loss === undefined) return null;
    const { loss, ...metrics } = all;
    return { kind: "epoch", epoch: Number(m[1]), epochs: Number(m[2]), loss, metrics };
  }
  m = /^result: base (.+) -> tuned (.+) in (\d+(?:\.\d+)?) s$/.exec(message);
  if (m) {
    const base = parsePairs(m[1]);
    const tuned = parsePairs(m[2]);
    return base && tuned ? { kind: "result", base, tuned, seconds: Number(m[3]) } : null;
  }
  return null;
}
