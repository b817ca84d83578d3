import { EngineRequestError } from "../types";

export type OpenAiConnection = {
  /** Without a trailing slash, e.g. http://127.0.0.1:11434/v1 */
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
};

const MAX_ERROR_TEXT = 300;

/** The URL as it may appear in messages: no user:password, query or fragment. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "the configured BASE_URL";
  }
}

/** Removes the API key from text that came from outside (some servers echo the bad key back). */
export function redact(text: string, apiKey: string | undefined): string {
  return apiKey ? text.split(apiKey).join("***") : text;
}

function causeCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : undefined;
}

/** The upstream's own error message, from OpenAI's `{error:{message}}` or FastAPI's `{detail}`. */
async function upstreamMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => "")).slice(0, 4096);
  let message = text;
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null) {
      const error = "error" in body ? body.error : "detail" in body ? body.detail : undefined;
      const inner = typeof error === "object" && error !== null && "message" in error ? error.message : error;
      if (inner !== undefined) message = typeof inner === "string" ? inner : JSON.stringify(inner);
    }
  } catch {
    // Not JSON: keep the text as it is.
  }
  return message.replace(/\s+/g, " ").trim().slice(0, MAX_ERROR_TEXT) || response.statusText;
}

/**
 * fetch with the API key as a Bearer token and a deadline for the response headers. Failures
 * become EngineRequestError whose text never holds the key; a caller's abort is rethrown as is.
 */
export async function openAiFetch(
  connection: OpenAiConnection,
  path: string,
  init: { method: "GET" | "POST"; body?: unknown; signal?: AbortSignal; timeoutMs?: number },
): Promise<Response> {
  const url = `${connection.baseUrl}${path}`;
  const timeoutMs = init.timeoutMs ?? connection.timeoutMs;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
  const headers: Record<string, string> = { accept: "application/json, text/event-stream" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (connection.apiKey) headers.authorization = `Bearer ${connection.apiKey}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    if (deadline.signal.aborted) {
      throw new EngineRequestError(`${displayUrl(url)} did not answer within ${timeoutMs / 1000} s`);
    }
    const code = causeCode(error);
    throw new EngineRequestError(`cannot reach ${displayUrl(url)}${code ? ` (${code})` : ""}`);
  } finally {
    clearTimeout(timer);
  }

  if (!response.ok) {
    const message = redact(await upstreamMessage(response), connection.apiKey);
    throw new EngineRequestError(
      `${displayUrl(url)} answered HTTP ${response.status}: ${message}`,
      response.status,
    );
  }
  return response;
}
