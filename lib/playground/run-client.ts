import { ApiError, apiErrorFromBody } from "../api/errors";
import { readSse } from "./sse";

export type RunOutcome<T> = { data: T; latencyMs: number };

async function send(url: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError("offline", "The console could not be reached. Check your connection and retry.", {
      cause,
    });
  }
}

async function failure(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return (
    apiErrorFromBody(body) ??
    new ApiError(
      response.status >= 500 ? "internal" : "bad_request",
      `The console answered ${response.status}`,
    )
  );
}

/** POSTs a run and returns its JSON with the round-trip time the user waited. */
export async function postRun<T>(url: string, body: unknown, signal?: AbortSignal): Promise<RunOutcome<T>> {
  const started = performance.now();
  const response = await send(url, body, signal);
  if (!response.ok) throw await failure(response);
  const data = (await response.json()) as T;
  return { data, latencyMs: Math.round(performance.now() - started) };
}

export type StreamHandlers<F> = {
  onFrame: (frame: F) => void;
  /** Time to the first frame, for "first token" latency. */
  onFirstFrame?: (latencyMs: number) => void;
};

/**
 * POSTs a streaming run and feeds each `data:` frame to `onFrame` as it arrives. An `event: error`
 * frame (the upstream failed mid-stream) becomes an ApiError; aborting `signal` stops reading.
 */
export async function streamRun<F>(
  url: string,
  body: unknown,
  { onFrame, onFirstFrame }: StreamHandlers<F>,
  signal?: AbortSignal,
): Promise<{ latencyMs: number }> {
  const started = performance.now();
  const response = await send(url, body, signal);
  if (!response.ok) throw await failure(response);
  if (!response.body || !(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    onFrame((await response.json()) as F);
    return { latencyMs: Math.round(performance.now() - started) };
  }
  let first = true;
  for await (const event of readSse(response.body)) {
    let frame: unknown;
    try {
      frame = JSON.parse(event.data);
    } catch {
      continue;
    }
    if (event.event === "error") {
      const detail = (frame as { detail?: unknown })?.detail;
      throw new ApiError(
        "bad_gateway",
        `The model failed while streaming: ${typeof detail === "string" ? detail : "unknown error"}`,
      );
    }
    if (first) onFirstFrame?.(Math.round(performance.now() - started));
    first = false;
    onFrame(frame as F);
  }
  return { latencyMs: Math.round(performance.now() - started) };
}
