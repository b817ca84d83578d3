import { afterEach, describe, expect, it, vi } from "vitest";
import { EngineRequestError } from "../types";
import { readSseData } from "./sse";

function streamOf(pieces: string[], opts: { stallAfter?: boolean } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      if (!opts.stallAfter) controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>, idleMs = 1000) {
  const out: string[] = [];
  for await (const data of readSseData(body, idleMs)) out.push(data);
  return out;
}

afterEach(() => vi.useRealTimers());

describe("readSseData", () => {
  it("splits events on blank lines, joins multi-line data and skips comments and other fields", async () => {
    const body = streamOf([
      ': keep-alive\n\nevent: message\nid: 1\ndata: {"a":1}\n\ndata: line1\ndata:line2\n\n',
    ]);
    expect(await collect(body)).toEqual(['{"a":1}', "line1\nline2"]);
  });

  it("handles \\r\\n split across reads and a last event without a blank line", async () => {
    const body = streamOf(["data: one\r", "\n\r\ndata: t", "wo\r\n\r\ndata: [DONE]"]);
    expect(await collect(body)).toEqual(["one", "two", "[DONE]"]);
  });

  it("keeps a multi-byte character that is split between reads", async () => {
    const bytes = new TextEncoder().encode("data: héllo\n\n");
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 8));
        controller.enqueue(bytes.slice(8));
        controller.close();
      },
    });
    expect(await collect(body)).toEqual(["héllo"]);
  });

  it("fails when the stream stalls longer than the idle limit", async () => {
    vi.useFakeTimers();
    const outcome = collect(streamOf(["data: x\n\n"], { stallAfter: true }), 50).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(49);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual(new EngineRequestError("the model server sent nothing for 0.05 s"));
  });
});
