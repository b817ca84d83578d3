import type { FineTuningJobEvent } from "../egp/types";

/**
 * The training curve a job's events describe. The spec's events are free text (message, level,
 * timestamp), so the curve is read from the numbers they name: an `epoch N` or `step N` (also
 * `epoch 3/10`) and `name=value` / `name: value` pairs such as `loss=0.42 ndcg@10=0.81`.
 */

export type CurvePoint = { step: number } & Record<string, number>;
export type Curve = { metrics: string[]; points: CurvePoint[] };

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
  for (const event of events) {
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
      if (!metrics.includes(name)) metrics.push(name);
    }
    if (!any) continue;
    // A later event for the same step (a validation pass after training) adds to that point.
    const same = points.find((p) => p.step === point.step);
    if (same) Object.assign(same, point);
    else points.push(point);
  }
  points.sort((a, b) => a.step - b.step);
  return { metrics, points };
}

/** Loss-like metrics go down as training works; the others (NDCG, MRR, recall) go up. */
export const isLossLike = (metric: string) => /loss|error|perplexity/i.test(metric);
