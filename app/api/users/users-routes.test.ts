import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleStoreOver, serveConsoleStore } from "@/lib/console-store";
import { resetEnv } from "@/lib/env";
import { getLocalEgp, type LocalEgp } from "@/lib/local-egp";
import { signIn } from "@/tests/console/session-harness";
import { DELETE as revokeRoute } from "./[id]/api-keys/[keyId]/route";
import { POST as mintRoute } from "./[id]/api-keys/route";
import { DELETE as removeRoute, PATCH as patchRoute } from "./[id]/route";
import { GET as listRoute, POST as addRoute } from "./route";

const ADMIN_KEY = "console-users-admin-key-0123456789abcdef";
const ORIGIN = "http://console.test";
let dataDir: string;
let egp: LocalEgp;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "console-users-"));
  delete process.env.EGP_API_URL;
  process.env.EGP_DATA_DIR = dataDir;
  process.env.EGP_LOCAL_ADMIN_KEY = ADMIN_KEY;
  process.env.SESSION_SECRET = "console-users-session-secret-0123456789abcdef";
  resetEnv();
  egp = await getLocalEgp();
}, 120_000);
afterAll(async () => {
  await egp?.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Handler<P> = (request: Request, args: { params: Promise<P> }) => Promise<Response>;

/** Signs in for real as the holder of `apiKey` (its own user id), claiming `role` in the Local account. */
async function signInAs(apiKey: string, role: string) {
  const accountId = egp.bootstrap.accountId;
  const access = await egp.keyAccess(apiKey, accountId);
  const { cookie } = await signIn({
    apiKey,
    user: { id: access!.userId, email: "someone@example.test", name: null },
    accounts: [{ id: accountId, name: "Local", role }],
    accountId,
  });
  return cookie;
}

/** Calls a console route as the holder of `apiKey`, claiming `role` in the Local account. */
async function callAs<P>(
  apiKey: string,
  role: string,
  handler: Handler<P>,
  { method = "GET", params = {} as P, body }: { method?: string; params?: P; body?: unknown } = {},
) {
  const cookie = await signInAs(apiKey, role);
  const headers = new Headers({ host: "console.test", origin: ORIGIN, cookie });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handler(
    new Request(`${ORIGIN}/api/users`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : null };
}
const asAdmin = <P>(handler: Handler<P>, init?: Parameters<typeof callAs<P>>[3]) =>
  callAs(ADMIN_KEY, "admin", handler, init);

let n = 0;
async function addViewer() {
  const email = `console-${++n}@example.test`;
  const added = await asAdmin(addRoute, { method: "POST", body: { email, role: "viewer" } });
  return { email, id: added.body.user_id as string, key: added.body.api_key as string, added };
}

describe("console user routes (local mode)", () => {
  it("adds a user and answers its key once; the list never shows a key", async () => {
    const viewer = await addViewer();
    expect(viewer.added.status).toBe(200);
    expect(viewer.added.body).toMatchObject({ email: viewer.email, role: "viewer", created: true });
    expect(viewer.key).toMatch(/^egp_/);
    const again = await asAdmin(addRoute, { method: "POST", body: { email: viewer.email, role: "viewer" } });
    expect(again.body).toMatchObject({ created: false, api_key: null });

    const list = await asAdmin(listRoute);
    expect(list.status).toBe(200);
    const row = list.body.items.find((u: { id: string }) => u.id === viewer.id);
    expect(row).toMatchObject({
      role: "viewer",
      keys: [{ prefix: viewer.key.slice(0, 10), revoked_at: null }],
    });
    expect(list.text).not.toContain(viewer.key);
    expect(list.text).not.toContain(ADMIN_KEY);
  });

  it("validates bodies with zod (422 with field paths) before calling the server", async () => {
    const bad = await asAdmin(addRoute, { method: "POST", body: { email: "nope", role: "root" } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { path: string[] }) => d.path.join("."))).toEqual([
      "email",
      "role",
    ]);
  });

  it("changes a role, mints and revokes a key, removes the user", async () => {
    const viewer = await addViewer();
    const promoted = await asAdmin(patchRoute, {
      method: "PATCH",
      params: { id: viewer.id },
      body: { role: "member" },
    });
    expect(promoted.body).toMatchObject({ id: viewer.id, role: "member" });

    const minted = await asAdmin(mintRoute, { method: "POST", params: { id: viewer.id } });
    expect(minted.body).toMatchObject({ user_id: viewer.id, api_key: expect.stringMatching(/^egp_/) });
    const revoked = await asAdmin(revokeRoute, {
      method: "DELETE",
      params: { id: viewer.id, keyId: minted.body.id },
    });
    expect(revoked.body).toMatchObject({ id: minted.body.id, revoked_at: expect.any(String) });
    const info = await egp.handle(
      new Request("http://x/user-info", { headers: { "x-api-key": minted.body.api_key } }),
    );
    expect(info.status).toBe(401);

    const removed = await asAdmin(removeRoute, { method: "DELETE", params: { id: viewer.id } });
    expect(removed.body).toMatchObject({ id: viewer.id, removed: true, keys_revoked: true });
    const gone = await egp.handle(
      new Request("http://x/user-info", { headers: { "x-api-key": viewer.key } }),
    );
    expect(gone.status).toBe(401);
  });

  it("a key id of another user is not found under this user", async () => {
    const a = await addViewer();
    const b = await addViewer();
    const list = await asAdmin(listRoute);
    const bKey = list.body.items.find((u: { id: string }) => u.id === b.id).keys[0].id;
    const res = await asAdmin(revokeRoute, { method: "DELETE", params: { id: a.id, keyId: bKey } });
    expect(res.status).toBe(404);
  });

  it("the owner's seat answers the server's 400 reason", async () => {
    const res = await asAdmin(removeRoute, { method: "DELETE", params: { id: egp.bootstrap.adminUserId } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/admin@local owns this instance/);
  });

  it("non-admins are refused by the console, and by the server when the session claims more", async () => {
    const viewer = await addViewer();
    const byConsole = await callAs(viewer.key, "viewer", listRoute);
    expect(byConsole.status).toBe(403);
    const byServer = await callAs(viewer.key, "admin", listRoute);
    expect(byServer.status).toBe(403);
    expect(byServer.body.error.message).toMatch(/admin role/);
    const member = await callAs(viewer.key, "member", addRoute, {
      method: "POST",
      body: { email: "x@example.test", role: "viewer" },
    });
    expect(member.status).toBe(403);
  });

  it("refuses a cross-site mutation", async () => {
    const cookie = await signInAs(ADMIN_KEY, "admin");
    const response = await addRoute(
      new Request(`${ORIGIN}/api/users`, {
        method: "POST",
        headers: {
          host: "console.test",
          origin: "http://evil.test",
          cookie,
          "content-type": "application/json",
        },
        body: JSON.stringify({ email: "evil@example.test", role: "admin" }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(403);
  });

  it("in remote mode answers 404 saying users are managed in Scale GP", async () => {
    // Remote mode keeps sign-ins in a console-store worker; this one serves them from the open database.
    serveConsoleStore(consoleStoreOver(egp));
    process.env.EGP_API_URL = "https://egp.remote.test";
    resetEnv();
    try {
      const res = await asAdmin(listRoute);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/managed in Scale GP/);
    } finally {
      serveConsoleStore(null);
      delete process.env.EGP_API_URL;
      resetEnv();
    }
  });
});
