/** L2 norm of a vector. */
export function norm(vector: readonly number[]): number {
  let sum = 0;
  for (const v of vector) sum += v * v;
  return Math.sqrt(sum);
}

/** Cosine similarity; 0 when either vector is all zeros (no direction to compare). */
export function cosine(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  let dot = 0;
  for (let i = 0; i < length; i++) dot += a[i] * b[i];
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** The symmetric matrix of pairwise cosine similarities; the diagonal is 1 for non-zero vectors. */
export function similarityMatrix(vectors: readonly (readonly number[])[]): number[][] {
  return vectors.map((a, i) => vectors.map((b, j) => (i === j && norm(a) > 0 ? 1 : cosine(a, b))));
}
