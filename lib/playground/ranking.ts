export type RankedRow = {
  /** Position in the input, 0-based. */
  index: number;
  text: string;
  score: number;
  /** 1-based rank after sorting by score. */
  rank: number;
  /** Places moved up (positive) or down (negative) from the input order. */
  change: number;
  /** Score scaled to 0..1 within this result, for the bar. */
  share: number;
};

/**
 * Orders chunks by score (ties keep input order) and keeps the first `topK`. Bars are scaled
 * from the lowest to the highest score, because reranker scores are not bounded to 0..1.
 */
export function rankChunks(chunks: readonly string[], scores: readonly number[], topK?: number): RankedRow[] {
  const rows = chunks.map((text, index) => ({ index, text, score: scores[index] ?? 0 }));
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.index - b.index);
  const max = Math.max(...scores, 0);
  const min = Math.min(...scores, 0);
  const span = max - min || 1;
  return sorted.slice(0, topK && topK > 0 ? topK : undefined).map((row, position) => ({
    ...row,
    rank: position + 1,
    change: row.index - position,
    share: (row.score - min) / span,
  }));
}

/** Chunks rank answers chunk ids; ours are the input positions. */
export function rankedFromChunks(
  chunks: readonly string[],
  ranked: readonly { chunk_id: string; score: number }[],
): RankedRow[] {
  const scores = chunks.map(() => Number.NEGATIVE_INFINITY);
  for (const r of ranked) scores[Number(r.chunk_id)] = r.score;
  const rows = rankChunks(chunks, scores, ranked.length);
  const finite = rows.map((r) => r.score);
  const max = Math.max(...finite, 0);
  const min = Math.min(...finite, 0);
  return rows.map((r) => ({ ...r, share: (r.score - min) / (max - min || 1) }));
}

/** Splits pasted text into chunks: one per non-empty line. */
export function chunksFromLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
