import { EgpError, parseRetryAfter } from "./errors";

/** Anything that answers a Request: global fetch, or the embedded server's handler called in-process. */
export type EgpTransport = (request: Request) => Promise<Response>;

export type ResilienceOptions = {
  /**
   * For the whole call, retries and backoff included: a page waits at most this long for one upstream
   * answer. The request fails with status 0 when it passes.
   */
  timeoutMs: number;
  /** Extra attempts for idempotent GETs on 429, 5xx and network errors. */
  maxRetries: number;
  /** First backoff step; doubles each retry, with jitter. */
  baseDelayMs?: number;
  /** A longer Retry-After is passed on to the caller instead of holding the request that long. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Calls `fire` after `ms` unless the returned function is called first: the per-attempt timeout. */
  setTimer?: (fire: () => void, ms: number) => () => void;
};

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);
const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const realTimer = (fire: () => void, ms: number) => {
  const timer = setTimeout(fire, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

/**
 * Wraps a transport with a timeout per attempt and bounded retries. Only GET and HEAD are retried:
 * repeating a POST could create a second model or deployment.
 */
export function withResilience(transport: EgpTransport, options: ResilienceOptions): EgpTransport {
  const {
    timeoutMs,
    maxRetries,
    baseDelayMs = 250,
    maxRetryAfterMs = 10_000,
    sleep = sleepFor,
    now = Date.now,
    setTimer = realTimer,
  } = options;
  return async (request) => {
    const idempotent = request.method === "GET" || request.method === "HEAD";
    const attempts = idempotent ? maxRetries + 1 : 1;
    const deadline = now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      const timeout = attemptTimeout(Math.max(deadline - now(), 0), setTimer);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
      let response: Response | null = null;
      let failure: unknown = null;
      try {
        response = await transport(new Request(request.clone(), { signal }));
      } catch (error) {
        if (request.signal?.aborted) throw error;
        failure = error;
      }
      // A stream runs as long as the model generates: the timeout bounds its start, the caller's signal its end.
      if (response?.ok && response.headers.get("content-type")?.includes("text/event-stream"))
        timeout.clear();
      const hinted = response ? parseRetryAfter(response.headers.get("retry-after")) : null;
      const backoff = hinted ?? baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
      const retryable =
        (response ? RETRYABLE.has(response.status) && (hinted ?? 0) <= maxRetryAfterMs : true) &&
        // A retry that cannot start before the deadline would only turn the real answer into a timeout.
        !timeout.signal.aborted &&
        now() + backoff < deadline;
      if (attempt >= attempts || !retryable) {
        // Not cleared on success: the deadline also bounds reading the body.
        if (response)
          return response.ok ? response : sanitizeErrorBody(response, request.headers.get("x-api-key"));
        const timedOut = timeout.signal.aborted;
        throw new EgpError(
          0,
          null,
          timedOut
            ? `The EGP API did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`
            : "The EGP API could not be reached",
          null,
          { cause: failure },
        );
      }
      // Not awaited: some bodies (mocked or stalled) never settle a cancel.
      void response?.body?.cancel().catch(() => {});
      timeout.clear();
      await sleep(backoff);
    }
  };
}

/** Like AbortSignal.timeout, but it can be called off once a stream has started. */
function attemptTimeout(ms: number, setTimer: NonNullable<ResilienceOptions["setTimer"]>) {
  const controller = new AbortController();
  const clear = setTimer(
    () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    ms,
  );
  return { signal: controller.signal, clear };
}

/**
 * Error bodies end up in messages the browser reads: an upstream (or a proxy in front of it) may echo
 * the key, or answer an HTML page. The key is masked and non-JSON bodies are dropped.
 */
async function sanitizeErrorBody(response: Response, apiKey: string | null): Promise<Response> {
  let text = await response.text().catch(() => "");
  if (apiKey) text = text.split(apiKey).join("[redacted]");
  try {
    JSON.parse(text);
  } catch {
    text = "{}";
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  headers.set("content-type", "application/json");
  return new Response(text, { status: response.status, statusText: response.statusText, headers });
}
