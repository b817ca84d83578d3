import "server-only";
import { env, isRemoteMode } from "../env";
import { createEgpClient, type EgpClient } from "./client";
import { withResilience, type EgpTransport } from "./transport";

/** Base URL the in-process client uses; the embedded server routes on the path alone. */
const LOCAL_BASE_URL = "http://local-egp.internal";

const localTransport: EgpTransport = async (request) => {
  const { getLocalEgp } = await import("../local-egp");
  return (await getLocalEgp()).handle(request);
};

function transport(): { baseUrl: string; transport: EgpTransport; checkAnswers: boolean } {
  const { EGP_API_URL, EGP_TIMEOUT_MS, EGP_MAX_RETRIES } = env();
  if (EGP_API_URL) {
    return {
      baseUrl: EGP_API_URL,
      transport: withResilience((request) => fetch(request), {
        timeoutMs: EGP_TIMEOUT_MS,
        maxRetries: EGP_MAX_RETRIES,
      }),
      checkAnswers: true,
    };
  }
  // The embedded server is this codebase, held to the spec by its contract tests.
  return { baseUrl: LOCAL_BASE_URL, transport: localTransport, checkAnswers: false };
}

/** A typed EGP client acting as the holder of `apiKey` in `accountId`; `onUnauthorized` hears every 401. */
export function egpClient(
  apiKey: string,
  accountId?: string | null,
  { onUnauthorized }: { onUnauthorized?: () => void } = {},
): EgpClient {
  const { baseUrl, transport: send, checkAnswers } = transport();
  const watched: EgpTransport = onUnauthorized
    ? async (request) => {
        const response = await send(request);
        if (response.status === 401) onUnauthorized();
        return response;
      }
    : send;
  return createEgpClient({ baseUrl, transport: watched, checkAnswers, apiKey, accountId });
}

/** For calls the typed client cannot express (streams, routes outside the spec). */
export function egpRequest(apiKey: string, accountId: string | null, path: string, init: RequestInit = {}) {
  const { baseUrl, transport: send } = transport();
  const headers = new Headers(init.headers);
  headers.set("x-api-key", apiKey);
  if (accountId) headers.set("x-selected-account-id", accountId);
  return send(new Request(`${baseUrl}${path}`, { ...init, headers }));
}

export function consoleMode(): { kind: "local" } | { kind: "remote"; url: string } {
  return isRemoteMode() ? { kind: "remote", url: env().EGP_API_URL! } : { kind: "local" };
}
