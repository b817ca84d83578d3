/**
 * Applies stop sequences to streamed text: emits only text that cannot be the start of a stop
 * sequence, and ends at the first one found (excluded from the text). Working on the streamed
 * text rather than on tokens matters for SentencePiece models, whose per-token text drops the
 * leading space, so node-llama-cpp's own triggers miss " User:" and cut "p wo" to "pwo".
 */
export function createStopFilter(stopSequences: readonly string[], emit: (text: string) => void) {
  const stops = stopSequences.filter((s) => s !== "");
  let text = "";
  let emitted = 0;
  let stopped = false;

  const emitUpTo = (end: number) => {
    if (end > emitted) emit(text.slice(emitted, end));
    emitted = Math.max(emitted, end);
  };

  /** Length of the longest end of `text` that some stop sequence starts with. */
  const heldBackLength = () => {
    let longest = 0;
    for (const stop of stops) {
      for (let n = Math.min(stop.length - 1, text.length - emitted); n > longest; n--) {
        if (text.endsWith(stop.slice(0, n))) {
          longest = n;
          break;
        }
      }
    }
    return longest;
  };

  return {
    /** Adds generated text; returns true once a stop sequence has been reached. */
    push(chunk: string): boolean {
      if (stopped) return true;
      text += chunk;
      // No stop can begin before `emitted`: anything that could was held back.
      const found = stops.map((stop) => text.indexOf(stop, emitted)).filter((i) => i >= 0);
      if (found.length > 0) {
        const at = Math.min(...found);
        emitUpTo(at);
        text = text.slice(0, at);
        stopped = true;
        return true;
      }
      emitUpTo(text.length - heldBackLength());
      return false;
    },
    /** Emits anything still held back (generation ended without a stop) and returns the full text. */
    finish(): string {
      emitUpTo(text.length);
      return text;
    },
    get stopped() {
      return stopped;
    },
  };
}
