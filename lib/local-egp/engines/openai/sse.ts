import { EngineRequestError } from "../types";

const LINE_BREAK = /\r\n|\r|\n/;

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
 * `event:`/`id:` fields and blank events are skipped. The caller decides what "[DONE]" means.
 */
export async function* readSseData(body: ReadableStream<Uint8Array>, idleMs: number): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  try {
    while (true) {
      const { done, value } = await readWithin(reader, idleMs);
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A trailing "\r" may be the first half of "\r\n": keep it for the next read.
      const carry = !done && buffer.endsWith("\r") ? "\r" : "";
      const lines = buffer.slice(0, buffer.length - carry.length).split(LINE_BREAK);
      buffer = done ? "" : (lines.pop() ?? "") + carry;
      for (const line of lines) {
        if (line === "") {
          if (data.length > 0) yield data.join("\n");
          data = [];
        } else if (line.startsWith("data:")) {
          data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
        }
      }
      if (done) break;
    }
    if (data.length > 0) yield data.join("\n");
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
