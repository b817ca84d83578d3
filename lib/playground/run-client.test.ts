import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/errors";
import { postRun, streamRun } from "./run-client";

function sse(frames: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const frame of frames) controller.enqueue(encoder.encode(frame));
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

afterEach(() => vi.unstubAllGlobals());

describe("streamRun", () => {
  it("hands each frame over as it arrives and reports the first-frame time", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => sse(['data: {"n":1}\n\n', 'data: {"n":2}\n\n'])),
    );
    const frames: unknown[] = [];
    const first = vi.fn();
    await streamRun("/x", {}, { onFrame: (f) => frames.push(f), onFirstFrame: first });
    expect(frames).toEqual([{ n: 1 }, { n: 2 }]);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it("turns an `event: error` frame into an ApiError with the upstream detail", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => sse(['data: {"n":1}\n\n', 'event: error\ndata: {"detail":"model crashed"}\n\n'])),
    );
    await expect(streamRun("/x", {}, { onFrame: () => {} })).rejects.toThrow(/model crashed/);
  });

  it("reads our error envelope (code, message, details) from a failed answer", async () => {
    const envelope = {
      error: {
        code: "unprocessable",
        message: "Some fields are not valid.",
        details: [{ path: ["request", "prompt"], message: "Required" }],
      },
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Response.json(envelope, { status: 422 })),
    );
    const error = await postRun("/x", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "unprocessable", details: [{ path: ["request", "prompt"] }] });
  });

  it("an abort rejects as an abort, not as 'offline'", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) =>
            init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
          ),
      ),
    );
    const controller = new AbortController();
    const run = streamRun("/x", {}, { onFrame: () => {} }, controller.signal);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
  });
});
