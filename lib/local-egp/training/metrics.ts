/** Ranking metrics over one query's candidates: `relevance` graded (0 = not relevant), `scores` the ranker's. */

/** Candidate indexes best first; ties keep input order, so a metric never depends on sort instability. */
export function rankOrder(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}

/** NDCG@k with exponential gain (2^rel − 1); 0 when no candidate is relevant. */
export function ndcgAt(k: number, scores: readonly number[], relevance: readonly number[]): number {
  const gain = (rel: number) => 2 ** rel - 1;
  const dcg = rankOrder(scores)
    .slice(0, k)
    .reduce((sum, idx, rank) => sum + gain(relevance[idx]) / Math.log2(rank + 2), 0);
  const ideal = [...relevance]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, rank) => sum + gain(rel) / Math.log2(rank + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Reciprocal rank of the first relevant candidate; 0 when there is none. */
export function reciprocalRank(scores: readonly number[], relevance: readonly number[]): number {
  const order = rankOrder(scores);
  const first = order.findIndex((idx) => relevance[idx] > 0);
  return first === -1 ? 0 : 1 / (first + 1);
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/** Rounded for events and stored results: enough digits to chart, no float noise. */
export const round = (value: number, digits = 4) => Number(value.toFixed(digits));
