import type { FineTuningJobEvent } from "../egp/types";
import { parseMetricEvent, type Metrics } from "./metric-events";

/**
 * The training curve a job's events describe. The spec's events are free text (message, level,
 * timestamp), so the curve is read from the numbers they name: an `epoch N` or `step N` (also
 * `epoch 3/10`) and `name=value` / `name: value` pairs such as `loss=0.42 ndcg@10=0.81`.
 */

export type CurvePoint = { step: number } & Record<string, number>;
export type Curve = {
  metrics: string[];
  points: CurvePoint[];
  /** The job's closing figures, base vs tuned on the validation rows, when it reported them. */
  result: { base: Metrics; tuned: Metrics; seconds: number } | null;
};

const STEP = /\b(epoch|step|iteration|iter)\s*[#:=]?\s*(\d+)(?:\s*\/\s*\d+)?/i;
const PAIR = /([A-Za-z][\w@.\-/]*)\s*[=:]?\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?![\w.@])/gi;
const NOT_METRICS = new Set(
  ["epoch", "epochs", "step", "steps", "iteration", "iter", "rows", "row", "seed"].concat([
    "of",
    "on",
    "at",
    "in",
    "to",
    "with",
    "after",
    "from",
    "batch",
    "batches",
  ]),
);

export function curveOf(events: readonly FineTuningJobEvent[]): Curve {
  const points: CurvePoint[] = [];
  const metrics: string[] = [];
  let result: Curve["result"] = null;
  const add = (point: CurvePoint) => {
    for (const name of Object.keys(point)) if (name !== "step" && !metrics.includes(name)) metrics.push(name);
    // A later event for the same step (a validation pass after training) adds to that point.
    const same = points.find((p) => p.step === point.step);
    if (same) Object.assign(same, point);
    else points.push(point);
  };
  for (const event of events) {
    // The embedded server's own format first (lib/fine-tuning/metric-events): the base model as epoch 0.
    const known = parseMetricEvent(event.message);
    if (known?.kind === "base") add({ step: 0, ...known.metrics });
    else if (known?.kind === "epoch") add({ step: known.epoch, loss: known.loss, ...known.metrics });
    else if (known?.kind === "result")
      result = { base: known.base, tuned: known.tuned, seconds: known.seconds };
    if (known) continue;
    const step = STEP.exec(event.message);
    if (!step) continue;
    const point: CurvePoint = { step: Number(step[2]) };
    let any = false;
    for (const match of event.message.matchAll(PAIR)) {
      const name = match[1]!.replace(/[.\-/]+$/, "");
      if (NOT_METRICS.has(name.toLowerCase())) continue;
      const value = Number(match[2]);
      if (!Number.isFinite(value)) continue;
      point[name] = value;
      any = true;
    }
    if (any) add(point);
  }
  points.sort((a, b) => a.step - b.step);
  // Loss first (the left axis), then the validation metrics in the order they appeared.
  metrics.sort((a, b) => Number(isLossLike(b)) - Number(isLossLike(a)));
  return { metrics, points, result };
}

/** Loss-like metrics go down as training works; the others (NDCG, MRR, recall) go up. */
export const isLossLike = (metric: string) => /loss|error|perplexity/i.test(metric);
