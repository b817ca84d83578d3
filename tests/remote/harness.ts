import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resetEnv } from "@/lib/env";
import { withMemoryConsoleStore, signIn } from "@/tests/console/session-harness";

export const UPSTREAM = "https://egp.remote.test";
export const CONSOLE = "http://console.test";
/** The key the signed-in user holds; no console response may ever contain it. */
export const API_KEY = "sk-remote-fault-secret-7f3a9c";

/** msw standing in for the Scale GP API, and remote-mode env with a short timeout and fast retries. */
export function mockRemoteEgp(env: { timeoutMs?: number; maxRetries?: number; url?: () => string } = {}) {
  const server = setupServer();
  withMemoryConsoleStore();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: "error" });
    process.env.SESSION_SECRET = "remote-fault-session-secret-0123456789abcdef";
    process.env.EGP_API_URL = env.url?.() ?? UPSTREAM;
    process.env.EGP_TIMEOUT_MS = String(env.timeoutMs ?? 400);
    process.env.EGP_MAX_RETRIES = String(env.maxRetries ?? 2);
    resetEnv();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.close();
    delete process.env.EGP_API_URL;
    resetEnv();
  });
  return server;
}

/**
 * A real loopback server as the remote EGP, for bodies that trickle or stall: msw does not tie a mocked
 * body to the request's signal. Register it before mockRemoteEgp({ url: loopback.base }).
 */
export function loopbackEgp(listener: RequestListener) {
  let server: Server;
  beforeAll(async () => {
    server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { base: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

type Handler<P> = (request: Request, args: { params: Promise<P> }) => Promise<Response>;

export type ConsoleAnswer = { status: number; headers: Headers; text: string; body: unknown };

/** Calls a console route handler as a signed-in member, the way Next would. */
export async function callRoute<P>(
  handler: Handler<P>,
  {
    path = "/api/x",
    method = "GET",
    params = {} as P,
    body,
  }: { path?: string; method?: string; params?: P; body?: unknown } = {},
): Promise<ConsoleAnswer> {
  const { cookie } = await signIn({
    apiKey: API_KEY,
    user: { id: "u1", email: "member@example.com", name: null },
    accounts: [{ id: "acc-1", name: "Acc", role: "member" }],
    accountId: "acc-1",
  });
  const headers = new Headers({ host: "console.test", origin: CONSOLE, cookie });
  if (body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`${CONSOLE}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const answer = { status: response.status, headers: response.headers, text, body: parsed };
  // Every answer in these tests, whatever the fault, must keep the key on the server.
  if (visible(answer).includes(API_KEY)) throw new Error(`the API key leaked into a ${answer.status} answer`);
  return answer;
}

/** Everything a browser could see of an answer, for the "never the key" check. */
export function visible(answer: ConsoleAnswer): string {
  return `${answer.text}\n${[...answer.headers].map(([k, v]) => `${k}: ${v}`).join("\n")}`;
}
