import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createLocalEgp, type LocalEgp, type LocalEgpOptions } from "../index";
import { stubLoadEngine } from "./stub-engines";

export const TEST_ADMIN_KEY = "egp_test_admin_key_0123456789abcdef";

/**
 * A fresh LocalEgp per call: in-memory PGlite (a temp folder when `persistent`), or, when
 * EGP_TEST_DATABASE_URL is set, a new PostgreSQL database. `restart()` reopens the same storage;
 * `close()` also removes it.
 */
export async function openTestEgp(opts: Partial<LocalEgpOptions> & { persistent?: boolean } = {}) {
  const { persistent, ...rest } = opts;
  const serverUrl = process.env.EGP_TEST_DATABASE_URL;
  let cleanup = async () => undefined as void;
  let databaseUrl: string | undefined;
  let dataDir = "memory://";
  if (serverUrl) {
    const created = await createTestDatabase(serverUrl);
    databaseUrl = created.url;
    cleanup = created.drop;
  } else if (persistent) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "egp-test-"));
    cleanup = () => rm(dataDir, { recursive: true, force: true });
  }
  const start = (extra: Partial<LocalEgpOptions> = {}) =>
    createLocalEgp({
      dataDir,
      databaseUrl,
      adminKey: TEST_ADMIN_KEY,
      loadEngine: stubLoadEngine,
      log: () => undefined,
      // Suites about other things point engines anywhere; the allow-list's own tests narrow it.
      engineAllowedHosts: "*",
      ...rest,
      ...extra,
    });
  let current = await start();
  const egp = {
    get bootstrap() {
      return current.bootstrap;
    },
    handle: (request: Request) => current.handle(request),
    createSignInToken: (userId: string, ttlMs?: number) => current.createSignInToken(userId, ttlMs),
    redeemSignInToken: (token: string) => current.redeemSignInToken(token),
    keyAccess: (apiKey: string, accountId: string) => current.keyAccess(apiKey, accountId),
    sessionAccess: (...a: Parameters<LocalEgp["sessionAccess"]>) => current.sessionAccess(...a),
    createConsoleSession: (...a: Parameters<LocalEgp["createConsoleSession"]>) =>
      current.createConsoleSession(...a),
    getConsoleSession: (id: string) => current.getConsoleSession(id),
    touchConsoleSession: (...a: Parameters<LocalEgp["touchConsoleSession"]>) =>
      current.touchConsoleSession(...a),
    endConsoleSession: (...a: Parameters<LocalEgp["endConsoleSession"]>) => current.endConsoleSession(...a),
    endConsoleSessionsForUser: (...a: Parameters<LocalEgp["endConsoleSessionsForUser"]>) =>
      current.endConsoleSessionsForUser(...a),
    savePlaygroundRun: (...a: Parameters<LocalEgp["savePlaygroundRun"]>) => current.savePlaygroundRun(...a),
    getPlaygroundRun: (...a: Parameters<LocalEgp["getPlaygroundRun"]>) => current.getPlaygroundRun(...a),
    listPlaygroundRuns: (...a: Parameters<LocalEgp["listPlaygroundRuns"]>) =>
      current.listPlaygroundRuns(...a),
    deletePlaygroundRun: (...a: Parameters<LocalEgp["deletePlaygroundRun"]>) =>
      current.deletePlaygroundRun(...a),
    savePlaygroundPreset: (...a: Parameters<LocalEgp["savePlaygroundPreset"]>) =>
      current.savePlaygroundPreset(...a),
    listPlaygroundPresets: (...a: Parameters<LocalEgp["listPlaygroundPresets"]>) =>
      current.listPlaygroundPresets(...a),
    deletePlaygroundPreset: (...a: Parameters<LocalEgp["deletePlaygroundPreset"]>) =>
      current.deletePlaygroundPreset(...a),
    /** The database, for tests that change rows directly (revoking a key, removing a profile). */
    get db() {
      return current.db;
    },
    idle: () => current.idle(),
    get users() {
      return current.users;
    },
    get runtime() {
      return current.runtime;
    },
    get training() {
      return current.training;
    },
    /** Closes this instance and opens a new one on the same storage, as a process restart would. */
    restart: async (extra: Partial<LocalEgpOptions> = {}) => {
      await current.close();
      current = await start(extra);
    },
    /** Stops the instance without waiting for jobs, leaving storage as a crash would. */
    crash: async () => current.close(),
    close: async () => {
      await current.close();
      await cleanup();
    },
  };
  return egp;
}

/** A new, empty database on the PostgreSQL server at serverUrl; drop() removes it. */
export async function createTestDatabase(serverUrl: string) {
  const name = `egp_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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

/** Polls a deployment until its status is final (READY / UPDATE_FAILED). */
export async function waitForDeployment(egp: TestEgp, modelId: string, deploymentId: string, key?: string) {
  await egp.idle();
  const res = await callJson(egp, "GET", `/v4/models/${modelId}/deployments/${deploymentId}`, { key });
  return res.body;
}

export async function templateId(egp: TestEgp, name: string): Promise<string> {
  const { body } = await callJson(egp, "GET", `/v4/model-templates?name=${encodeURIComponent(name)}`);
  return body.items[0].id;
}

export async function builtinDeployment(
  egp: TestEgp,
  name: string,
): Promise<{ modelId: string; deploymentId: string }> {
  const { body } = await callJson(egp, "GET", `/v4/models?name=${name}&view=Deployments`);
  const model = body.items.find((m: { name: string }) => m.name === name);
  return { modelId: model.id, deploymentId: model.deployments[0].id };
}
