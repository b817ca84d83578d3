import { describe, expect, it } from "vitest";
import { parseEvent, readSse } from "./sse";

function streamOf(...parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>) {
  const events = [];
  for await (const event of readSse(stream)) events.push(event);
  return events;
}

describe("readSse", () => {
  it("yields frames split across chunks, in order, and ends when the stream closes (no [DONE])", async () => {
    const events = await collect(streamOf('data: {"a"', ":1}\n\nda", 'ta: {"a":2}\n', "\n", 'data: {"a":3}'));
    expect(events.map((e) => JSON.parse(e.data))).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(events.every((e) => e.event === "message")).toBe(true);
  });

  it("keeps named error events apart and handles CRLF line endings", async () => {
    const events = await collect(
      streamOf('data: {"x":1}\r\n\r\nevent: error\r\ndata: {"detail":"boom"}\r\n\r\n'),
    );
    expect(events).toEqual([
      { event: "message", data: '{"x":1}' },
      { event: "error", data: '{"detail":"boom"}' },
    ]);
  });

  it("keeps an `event: error` frame whole when a CRLF is split between two chunks", async () => {
    const events = await collect(
      streamOf('data: {"x":1}\r\n\r\nevent: error\r', '\ndata: {"detail":"boom"}\r\n\r\n'),
    );
    expect(events).toEqual([
      { event: "message", data: '{"x":1}' },
      { event: "error", data: '{"detail":"boom"}' },
    ]);
  });

  it("decodes multi-byte characters split between chunks", async () => {
    const bytes = new TextEncoder().encode('data: {"t":"héllo"}\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 12));
        controller.enqueue(bytes.slice(12));
        controller.close();
      },
    });
    expect((await collect(stream)).map((e) => JSON.parse(e.data).t)).toEqual(["héllo"]);
  });
});

describe("parseEvent", () => {
  it("ignores comments and joins multi-line data", () => {
    expect(parseEvent(": keep-alive\ndata: a\ndata: b")).toEqual({ event: "message", data: "a\nb" });
    expect(parseEvent(": only a comment")).toBeNull();
  });
});
