import { afterAll, beforeAll } from "vitest";
import { beginSession } from "@/lib/auth/live-session";
import { consoleStoreOver, serveConsoleStore } from "@/lib/console-store";
import { resetEnv } from "@/lib/env";
import { openConsoleStoreServer, type ConsoleStoreServer } from "@/lib/local-egp/console-store";
import { serveLocalEgp } from "@/lib/local-egp";
import { openTestEgp, type TestEgp } from "@/lib/local-egp/testing/open-test-egp";
import { SESSION_COOKIE, newSession, sealSession, type SessionData } from "@/lib/session";

export const ORIGIN = "http://console.test";

type SessionInput = Parameters<typeof newSession>[0];

/** A signed-in browser: the record begun, the cookie sealed. */
export async function signIn(input: SessionInput): Promise<{ session: SessionData; cookie: string }> {
  const session = newSession(input);
  await beginSession(session);
  return { session, cookie: `${SESSION_COOKIE}=${encodeURIComponent(await sealSession(session))}` };
}

/** Local mode against an in-process embedded server (memory, or `persistent` for restart tests). */
export function withLocalConsole(opts: { secret?: string; persistent?: boolean } = {}) {
  const ctx = { egp: undefined as unknown as TestEgp };
  beforeAll(async () => {
    process.env.SESSION_SECRET = opts.secret ?? "console-session-test-secret-0123456789abcdef";
    delete process.env.EGP_API_URL;
    resetEnv();
    ctx.egp = await openTestEgp({ persistent: opts.persistent });
    serveLocalEgp(ctx.egp);
    serveConsoleStore(null);
  });
  afterAll(async () => {
    serveLocalEgp(null);
    await ctx.egp?.close();
  });
  return ctx;
}

/** Remote mode's console store, in-process on an in-memory database. */
export function withMemoryConsoleStore() {
  let server: ConsoleStoreServer | undefined;
  beforeAll(async () => {
    server = await openConsoleStoreServer({ dataDir: "memory://" });
    serveConsoleStore(consoleStoreOver(server));
  });
  afterAll(async () => {
    serveConsoleStore(null);
    await server?.close();
  });
}

export function request(
  path: string,
  { method = "GET", cookie, body }: { method?: string; cookie?: string; body?: unknown } = {},
) {
  const headers = new Headers({ host: "console.test", origin: ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
