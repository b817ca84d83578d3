export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Cosine similarity; 0 when either vector is all zeros (an empty text has no direction). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const norms = Math.sqrt(dot(a, a) * dot(b, b));
  return norms === 0 ? 0 : dot(a, b) / norms;
}

export function l2Normalise(values: ArrayLike<number>): number[] {
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) sumSquares += values[i] * values[i];
  const norm = Math.sqrt(sumSquares);
  return Array.from(values, (v) => (norm === 0 ? 0 : v / norm));
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Divides by the largest score so the best chunk of a request gets 1; all zeros stay zeros. */
export function normaliseByMax(scores: readonly number[]): number[] {
  const max = scores.reduce((m, s) => Math.max(m, s), 0);
  return scores.map((s) => (max === 0 ? 0 : clamp01(s / max)));
}
