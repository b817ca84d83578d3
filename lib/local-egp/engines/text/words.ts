// A fixed pattern (letters and digits of any script); nothing here is ever built from input.
const WORD = /[\p{L}\p{N}]+/gu;
const WHITESPACE = /\s+/;

/** Lower-cased words of any script; punctuation and symbols separate words. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The token count engines report when they have no real tokenizer: whitespace-separated pieces.
 * It is an estimate for usage display, not a model's token count.
 */
export function countWhitespaceTokens(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(WHITESPACE).length;
}
