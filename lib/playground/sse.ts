import { createParser, type EventSourceMessage } from "eventsource-parser";

/** One server-sent event: `event` is "message" unless the server named it (EGP names only "error"). */
export type SseEvent = { event: string; data: string };

const toEvent = (message: EventSourceMessage): SseEvent => ({
  event: message.event ?? "message",
  data: message.data,
});

/**
 * Yields SSE events as they arrive; eventsource-parser keeps line endings and frames that straddle
 * chunks (a CRLF cut in two included) intact. The EGP sends no `[DONE]`: the stream is over when
 * the connection closes, and a last frame missing its blank line still counts.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: SseEvent[] = [];
  const parser = createParser({ onEvent: (message) => ready.push(toEvent(message)) });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      parser.feed(done ? decoder.decode() + "\n\n" : decoder.decode(value, { stream: true }));
      while (ready.length > 0) yield ready.shift() as SseEvent;
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Parses one complete event block (its lines without the closing blank line). */
export function parseEvent(block: string): SseEvent | null {
  let event: SseEvent | null = null;
  const parser = createParser({ onEvent: (message) => (event = toEvent(message)) });
  parser.feed(`${block}\n\n`);
  return event;
}
