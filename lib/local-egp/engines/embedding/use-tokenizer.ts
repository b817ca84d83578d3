/**
 * USE's sentencepiece tokenizer (the Viterbi search of @energetic-ai/embeddings 0.2's `Tokenizer.encode`)
 * without its quadratic step: the package calls `trie.commonPrefixSearch(symbols.slice(i))` at every
 * position, copying the rest of the text each time (~0.5 ms per 40-word text, a tenth of an embedding once
 * the matrix products ran natively). This walks the same trie from each position in place and visits the
 * candidates in the same order with the same tie-break, so the ids are the package's, piece for piece
 * (use-tokenizer.test.ts compares them).
 */

type TrieNode = {
  children: Record<string, TrieNode | undefined>;
  end: boolean;
  word: [string[], number, number];
};

export type UseTokenizer = {
  vocabulary?: [string, number][];
  trie?: { root: TrieNode };
  encode(text: string): number[];
};

const SEPARATOR = "\u2581";

export function encodeUse(tokenizer: UseTokenizer, text: string): number[] {
  const { trie, vocabulary } = tokenizer;
  // A tokenizer without these internals (another version of the package): its own encode.
  if (!trie?.root || !vocabulary) return tokenizer.encode(text);
  const normalized = text.normalize("NFKC");
  const input = normalized.length > 0 ? SEPARATOR + normalized.replace(/ /g, SEPARATOR) : normalized;
  const symbols = Array.from(input); // code points, as the package's stringToChars
  const n = symbols.length;
  // Pieces ending at each position, in the order the package visits them: by start, ascending.
  const pieces: [string[], number, number][][] = Array.from({ length: n + 1 }, () => []);
  for (let i = 0; i < n; i++) {
    let found = false;
    let node = trie.root.children[symbols[i]];
    for (let j = i; j < n && node; j++) {
      if (node.end) {
        pieces[j + 1].push(node.word);
        found = true;
      }
      node = j + 1 < n ? node.children[symbols[j + 1]] : undefined;
    }
    if (!found) {
      // An unknown symbol: the package's one-symbol piece of score 0 and id 0.
      pieces[i + 1].push([[symbols[i]], 0, 0]);
    }
  }
  const best = new Array<number>(n + 1).fill(0);
  const words = new Array<number>(n + 1).fill(0);
  for (let end = 0; end <= n; end++) {
    const list = pieces[end];
    for (let j = 0; j < list.length; j++) {
      const [key, score, index] = list[j];
      const total = score + best[end - key.length];
      if (best[end] === 0 || total >= best[end]) {
        best[end] = total;
        words[end] = index;
      }
    }
  }
  const results: number[] = [];
  for (let iter = words.length - 1; iter > 0; iter -= vocabulary[words[iter]][0].length)
    results.push(words[iter]);
  const merged: number[] = [];
  let previousUnknown = false;
  for (const id of results) {
    if (!(previousUnknown && id === 0)) merged.push(id);
    previousUnknown = id === 0;
  }
  return merged.reverse();
}
