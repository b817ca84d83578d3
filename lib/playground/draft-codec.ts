import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { parseDraft, type Draft } from "./draft";

/**
 * The `input` URL parameter: the draft's JSON compressed with lz-string into URL-safe characters
 * (about a third of the same JSON percent-encoded). Its own module, so pages load it after first paint.
 */
export function encodeDraft(draft: Draft): string {
  return compressToEncodedURIComponent(JSON.stringify(draft));
}

export function decodeDraft(value: string): Draft | null {
  try {
    return parseDraft(decompressFromEncodedURIComponent(value));
  } catch {
    return null;
  }
}

export type DraftCodec = { encode: typeof encodeDraft; decode: typeof decodeDraft };
