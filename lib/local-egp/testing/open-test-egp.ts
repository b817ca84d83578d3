import { randomBytes } from "node:crypto";
import { createLocalEgp, type LocalEgpOptions } from "../index";
import { stubLoadEngine } from "./stub-engines";

export const TEST_ADMIN_KEY = "egp_test_admin_key_0123456789abcdef";

/**
 * A fresh LocalEgp per call: in-memory PGlite, or, when EGP_TEST_DATABASE_URL is set, a new
 * PostgreSQL database that is dropped again on close.
 */
export async function openTestEgp(opts: Partial<LocalEgpOptions> = {}) {
  const serverUrl = process.env.EGP_TEST_DATABASE_URL;
  let dropDatabase = async () => undefined as void;
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const { Client } = await import("pg");
    const name = `egp_test_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const egp = await createLocalEgp({
    dataDir: "memory://",
    databaseUrl,
    adminKey: TEST_ADMIN_KEY,
    loadEngine: stubLoadEngine,
    log: () => undefined,
    ...opts,
  });
  const close = async () => {
    await egp.close();
    await dropDatabase();
  };
  return { ...egp, close };
}

export type TestEgp = Awaited<ReturnType<typeof openTestEgp>>;

/** A JSON call as the SDKs make it. */
export function call(
  egp: TestEgp,
  method: string,
  path: string,
  init: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key !== null) headers["x-api-key"] = init.key ?? TEST_ADMIN_KEY;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://local${path}`, {
    method,
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === "string"
          ? init.body
          : JSON.stringify(init.body),
  });
  return egp.handle(request);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response JSON
export async function callJson<T = any>(
  egp: TestEgp,
  method: string,
  path: string,
  init: Parameters<typeof call>[3] = {},
) {
  const res = await call(egp, method, path, init);
  return { status: res.status, body: (await res.json()) as T };
}
