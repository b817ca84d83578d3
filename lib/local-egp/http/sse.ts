import { isPublicError } from "./errors";

/**
 * Server-sent events of JSON frames. The stream ends by closing the connection: no `[DONE]` sentinel,
 * because both Python SDKs json-parse every `data:` line and would crash on it.
 */
export function sseResponse(
  run: (send: (frame: unknown) => void, signal: AbortSignal) => Promise<unknown>,
): Response {
  const encoder = new TextEncoder();
  const abort = new AbortController();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (frame: unknown) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(`data: ${JSON.stringify(frame)}\n\n`));
      };
      try {
        const last = await run(send, abort.signal);
        if (last !== undefined) send(last);
      } catch (error) {
        // Only errors written for people are shown; anything else could carry internals.
        const message = isPublicError(error) ? error.message : "Generation failed";
        if (!abort.signal.aborted)
          controller.enqueue(
            encoder.encode(`event: error\ndata: ${JSON.stringify({ detail: message })}\n\n`),
          );
      } finally {
        if (!abort.signal.aborted) controller.close();
      }
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "close" },
  });
}
