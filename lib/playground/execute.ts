import "server-only";
import { checkAnswer } from "../egp/answer-shape";
import { egpRequest } from "../egp/connection";
import { isRemoteMode } from "../env";
import { egpErrorFromBody, parseRetryAfter } from "../egp/errors";
import type { ExecuteBody, RankBody } from "../schemas/playground";
import { rankCall, upstreamCall, type UpstreamCall } from "./upstream";

export type Caller = { apiKey: string; accountId: string | null };

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 2000);
  }
}

/**
 * Sends one call upstream. Failures throw EgpError (the route's wrapper turns it into our envelope
 * with the upstream detail); a stream is passed through untouched so frames reach the browser as sent.
 */
export async function forward(caller: Caller, call: UpstreamCall, signal?: AbortSignal): Promise<Response> {
  const response = await egpRequest(caller.apiKey, caller.accountId, call.path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: call.stream ? "text/event-stream" : "application/json",
    },
    body: JSON.stringify(call.body),
    signal,
  });
  if (!response.ok) {
    throw egpErrorFromBody(
      response.status,
      await readBody(response),
      parseRetryAfter(response.headers.get("retry-after")),
    );
  }
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("text/event-stream") && response.body) {
    return new Response(response.body, {
      status: 200,
      headers: {
        "content-type": "text/event-stream",
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
      },
    });
  }
  // The embedded server is ours and answers JSON: its bytes go through as they are, unparsed.
  if (!isRemoteMode()) {
    return new Response(response.body, { status: 200, headers: { "content-type": "application/json" } });
  }
  return Response.json(checkAnswer("POST", call.schemaPath, response.status, await response.text()) ?? null);
}

export function executeRun(caller: Caller, input: ExecuteBody, signal?: AbortSignal) {
  return forward(caller, upstreamCall(input), signal);
}

export function rankRun(caller: Caller, input: RankBody, signal?: AbortSignal) {
  return forward(caller, rankCall(input), signal);
}
