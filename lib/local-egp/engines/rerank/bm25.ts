import { words } from "../text/words";

// Function words carry no topic; without this list "how do I … my …" matches unrelated chunks.
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can do does did for from had has have how i if in into is it its me my " +
    "no not of on or our so than that the their them then there these they this to was we were what when " +
    "where which who why will with you your"
  ).split(" "),
);

export function bm25Terms(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

export type Bm25Options = { k1?: number; b?: number };

/**
 * Okapi BM25 of each document against the query, with IDF taken over these documents only
 * (the request's chunks are the whole corpus). Terms are exact words after lower-casing; there
 * is no substring matching and no pattern built from input. Scores are ≥ 0, in input order.
 */
export function bm25Scores(query: string, documents: readonly string[], options: Bm25Options = {}): number[] {
  const { k1 = 1.2, b = 0.75 } = options;
  const queryTerms = [...new Set(bm25Terms(query))];
  const docs = documents.map((doc) => {
    const frequencies = new Map<string, number>();
    const terms = bm25Terms(doc);
    for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    return { length: terms.length, frequencies };
  });
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, docs.length);
  if (queryTerms.length === 0 || averageLength === 0) return documents.map(() => 0);

  const idf = new Map<string, number>();
  for (const term of queryTerms) {
    const containing = docs.filter((doc) => doc.frequencies.has(term)).length;
    // The "+1" form (Lucene's) keeps IDF positive even for a term in every document.
    idf.set(term, Math.log(1 + (docs.length - containing + 0.5) / (containing + 0.5)));
  }

  return docs.map((doc) => {
    let score = 0;
    for (const term of queryTerms) {
      const tf = doc.frequencies.get(term) ?? 0;
      if (tf === 0) continue;
      const lengthNorm = 1 - b + (b * doc.length) / averageLength;
      score += (idf.get(term) ?? 0) * ((tf * (k1 + 1)) / (tf + k1 * lengthNorm));
    }
    return score;
  });
}
