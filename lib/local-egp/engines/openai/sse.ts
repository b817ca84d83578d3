import { createParser } from "eventsource-parser";
import { EngineRequestError } from "../types";

/** Reads the next chunk, failing if nothing arrives within `idleMs` (a stalled server). */
async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, idleMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EngineRequestError(`the model server sent nothing for ${idleMs / 1000} s`)),
      idleMs,
    );
  });
  try {
    return await Promise.race([reader.read(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Yields the `data` of each server-sent event (multi-line data joined with "\n"); comments,
 * `event:`/`id:` fields and blank events are skipped. A last event without its blank line still
 * counts, as some servers close right after `data: [DONE]`. The caller decides what "[DONE]" means.
 */
export async function* readSseData(body: ReadableStream<Uint8Array>, idleMs: number): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: string[] = [];
  const parser = createParser({ onEvent: (event) => ready.push(event.data) });
  try {
    for (;;) {
      const { done, value } = await readWithin(reader, idleMs);
      parser.feed(done ? decoder.decode() + "\n\n" : decoder.decode(value, { stream: true }));
      while (ready.length > 0) yield ready.shift() as string;
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
