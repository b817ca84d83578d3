/**
 * ROUGE as Google's `rouge-score` computes it (the metric names EGP's rouge rank strategy takes):
 * rouge1…rouge9 (clipped n-gram overlap), rougeL (longest common subsequence) and rougeLsum (the
 * summary-level union LCS over newline-separated sentences). `target` is the reference, `prediction`
 * the text scored against it: precision divides by the prediction's size, recall by the target's.
 * One departure: tokens are Unicode letters and digits, where rouge-score keeps only [a-z0-9] (and so
 * scores any non-English text 0).
 */

export type RougeScore = { precision: number; recall: number; fmeasure: number };
export type RougeMetric = `rouge${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}` | "rougeL" | "rougeLsum";

export const ROUGE_METRICS: readonly RougeMetric[] = [
  ...([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((n) => `rouge${n}` as const),
  "rougeL",
  "rougeLsum",
];

export const isRougeMetric = (value: string): value is RougeMetric =>
  (ROUGE_METRICS as readonly string[]).includes(value);

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "");
}

function score(hits: number, targetSize: number, predictionSize: number): RougeScore {
  const precision = predictionSize > 0 ? hits / predictionSize : 0;
  const recall = targetSize > 0 ? hits / targetSize : 0;
  const fmeasure = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, fmeasure };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(target: string[], prediction: string[], n: number): RougeScore {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let hits = 0;
  for (const [gram, count] of t) hits += Math.min(count, p.get(gram) ?? 0);
  const size = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(hits, size(t), size(p));
}

function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i][j] =
        a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
  return table;
}

export function rougeL(target: string[], prediction: string[]): RougeScore {
  if (!target.length || !prediction.length) return score(0, target.length, prediction.length);
  return score(
    lcsTable(target, prediction)[target.length][prediction.length],
    target.length,
    prediction.length,
  );
}

/** The indices into `a` of one LCS of a and b, backtracked as rouge-score does. */
function lcsIndices(a: string[], b: string[]): number[] {
  const table = lcsTable(a, b);
  const out: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if (table[i][j - 1] > table[i - 1][j]) j--;
    else i--;
  }
  return out;
}

export function rougeLsum(target: string[][], prediction: string[][]): RougeScore {
  const m = target.reduce((n, s) => n + s.length, 0);
  const n = prediction.reduce((k, s) => k + s.length, 0);
  if (!m || !n) return score(0, m, n);
  const countsOf = (sentences: string[][]) => {
    const counts = new Map<string, number>();
    for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const left = { target: countsOf(target), prediction: countsOf(prediction) };
  let hits = 0;
  for (const sentence of target) {
    const union = new Set(prediction.flatMap((p) => lcsIndices(sentence, p)));
    for (const index of [...union].sort((x, y) => x - y)) {
      const token = sentence[index];
      const inTarget = left.target.get(token) ?? 0;
      const inPrediction = left.prediction.get(token) ?? 0;
      if (inTarget > 0 && inPrediction > 0) {
        hits++;
        left.target.set(token, inTarget - 1);
        left.prediction.set(token, inPrediction - 1);
      }
    }
  }
  return score(hits, m, n);
}

const sentences = (text: string) =>
  text
    .split("\n")
    .filter((s) => s.length > 0)
    .map(tokenize);

export function rouge(metric: RougeMetric, target: string, prediction: string): RougeScore {
  if (metric === "rougeLsum") return rougeLsum(sentences(target), sentences(prediction));
  const t = tokenize(target);
  const p = tokenize(prediction);
  if (metric === "rougeL") return rougeL(t, p);
  return rougeN(t, p, Number(metric.slice("rouge".length)));
}
