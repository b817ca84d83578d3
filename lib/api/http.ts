import { ApiError, apiErrorFromBody, type ApiErrorCode } from "./errors";

const FALLBACK_CODE: Record<number, ApiErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "unprocessable",
  429: "rate_limited",
};

/**
 * fetch for the browser: JSON in, JSON out, and every failure as an ApiError
 * (our envelope when the server sent one; `offline` when there was no answer).
 */
export async function fetchJson<T>(
  input: string,
  init: Omit<RequestInit, "body"> & { json?: unknown } = {},
): Promise<T> {
  const { json, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(input, {
      ...rest,
      headers: {
        accept: "application/json",
        ...(json !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError("offline", "The console could not be reached. Check your connection and retry.", {
      cause,
    });
  }
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (response.ok) return body as T;
  const error = apiErrorFromBody(body);
  if (error) throw error;
  const code = FALLBACK_CODE[response.status] ?? (response.status >= 500 ? "internal" : "bad_request");
  throw new ApiError(code, `The console answered ${response.status} ${response.statusText}`.trim());
}
