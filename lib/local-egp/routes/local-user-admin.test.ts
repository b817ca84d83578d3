import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, callJson, openTestEgp, TEST_ADMIN_KEY, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
let alpha: string;
let beta: string;
let n = 0;

beforeAll(async () => {
  egp = await openTestEgp({ seed: false });
  alpha = await egp.users.createAccount("Alpha");
  beta = await egp.users.createAccount("Beta");
});
afterAll(async () => {
  await egp?.close();
});

/** A fresh user with a role in an account (and more roles elsewhere): tests share no users. */
async function seat(role: "admin" | "member" | "viewer", account = "Beta", ...more: [string, string][]) {
  const email = `u${++n}-${role}@example.test`;
  const { userId, apiKey } = await egp.users.createUser(email, role, account);
  for (const [r, a] of more) await egp.users.grant(email, r as "admin", a);
  return { email, userId, key: apiKey };
}

const as = (key: string, account: string) => ({ key, headers: { "x-selected-account-id": account } });
const users = (key: string, account = beta) => callJson(egp, "GET", "/local/users", as(key, account));
const keyIdOf = async (adminKey: string, userId: string, account = beta) =>
  (await users(adminKey, account)).body.items.find((u: { id: string }) => u.id === userId).keys[0]
    .id as string;

describe("GET /local/users", () => {
  it("lists the account's users with role and keys, never a key or its hash", async () => {
    const admin = await seat("admin");
    const viewer = await seat("viewer");
    const shared = await seat("viewer", "Beta", ["viewer", "Alpha"]);
    const res = await users(admin.key);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((u: { id: string }) => [u.id, u]));
    expect(byId.get(viewer.userId)).toEqual({
      id: viewer.userId,
      email: viewer.email,
      role: "viewer",
      account_id: beta,
      keys: [
        {
          id: expect.any(String),
          user_id: viewer.userId,
          prefix: viewer.key.slice(0, 10),
          created_at: expect.any(String),
          revoked_at: null,
          current: false,
        },
      ],
      can_manage_keys: true,
    });
    expect(byId.get(admin.userId)).toMatchObject({ keys: [{ current: true }] });
    // Shared is also in Alpha, where this admin is not: its keys are not theirs to manage.
    expect(byId.get(shared.userId)).toMatchObject({ can_manage_keys: false });
    const text = JSON.stringify(res.body);
    for (const secret of [admin.key, viewer.key, shared.key]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/hash/i);
    expect(res.body.items.every((u: { account_id: string }) => u.account_id === beta)).toBe(true);
  });

  it("is for admins only, and only of the selected account", async () => {
    for (const role of ["member", "viewer"] as const) {
      const res = await users((await seat(role)).key);
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/admin role/);
    }
    const betaAdmin = await seat("admin");
    expect((await users(betaAdmin.key, alpha)).status).toBe(403);
  });
});

describe("POST /local/users", () => {
  it("answers a key for a new user only; an existing user is added with api_key null", async () => {
    const admin = await seat("admin");
    const fresh = await callJson(egp, "POST", "/local/users", {
      ...as(admin.key, beta),
      body: { email: `new${++n}@example.test`, role: "member" },
    });
    expect(fresh.body).toMatchObject({ created: true, role: "member", account_id: beta });
    expect((await call(egp, "GET", "/user-info", { key: fresh.body.api_key })).status).toBe(200);

    const existing = await seat("viewer", "Alpha");
    const added = await callJson(egp, "POST", "/local/users", {
      ...as(admin.key, beta),
      body: { email: existing.email, role: "member" },
    });
    expect(added.body).toMatchObject({ user_id: existing.userId, created: false, api_key: null });
  });

  it("refuses members and viewers", async () => {
    for (const role of ["member", "viewer"] as const) {
      const res = await call(egp, "POST", "/local/users", {
        ...as((await seat(role)).key, beta),
        body: { email: `x${++n}@example.test`, role: "viewer" },
      });
      expect(res.status).toBe(403);
    }
  });
});

describe("PATCH /local/users/{user_id}", () => {
  it("changes a role in the current account only", async () => {
    const admin = await seat("admin");
    const shared = await seat("viewer", "Beta", ["viewer", "Alpha"]);
    const res = await callJson(egp, "PATCH", `/local/users/${shared.userId}`, {
      ...as(admin.key, beta),
      body: { role: "member" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: shared.userId, role: "member", account_id: beta });
    const info = await callJson(egp, "GET", "/user-info", { key: shared.key });
    const roles = Object.fromEntries(
      info.body.access_profiles.map((p: { account: { id: string }; role: string }) => [p.account.id, p.role]),
    );
    expect(roles).toEqual({ [alpha]: "viewer", [beta]: "member" });
  });

  it("404 for a user of another account, 422 for an unknown role, 403 for non-admins", async () => {
    const admin = await seat("admin");
    const outsider = await seat("admin", "Alpha");
    const viewer = await seat("viewer");
    const missing = await callJson(egp, "PATCH", `/local/users/${outsider.userId}`, {
      ...as(admin.key, beta),
      body: { role: "viewer" },
    });
    expect(missing).toEqual({ status: 404, body: { detail: `User ${outsider.userId} not found` } });
    const bad = await callJson(egp, "PATCH", `/local/users/${viewer.userId}`, {
      ...as(admin.key, beta),
      body: { role: "root" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["body", "role"]);
    for (const role of ["member", "viewer"] as const) {
      const res = await call(egp, "PATCH", `/local/users/${viewer.userId}`, {
        ...as((await seat(role)).key, beta),
        body: { role: "admin" },
      });
      expect(res.status).toBe(403);
    }
  });

  it("keeps an account's last admin seat, and admin@local's seat in Local, with a 400", async () => {
    const gamma = await egp.users.createAccount(`Gamma${++n}`);
    const only = await seat("admin", `Gamma${n}`);
    const demote = await callJson(egp, "PATCH", `/local/users/${only.userId}`, {
      ...as(only.key, gamma),
      body: { role: "viewer" },
    });
    expect(demote).toEqual({
      status: 400,
      body: { detail: "This user is the account's last admin; make another user admin first" },
    });
    const localAdmin = await seat("admin", "Local");
    const owner = await callJson(egp, "PATCH", `/local/users/${egp.bootstrap.adminUserId}`, {
      ...as(localAdmin.key, egp.bootstrap.accountId),
      body: { role: "member" },
    });
    expect(owner.status).toBe(400);
    expect(owner.body.detail).toMatch(/admin@local owns this instance/);
  });
});

describe("DELETE /local/users/{user_id}", () => {
  it("removes the user from this account only; their key still works elsewhere", async () => {
    const admin = await seat("admin");
    const shared = await seat("member", "Beta", ["viewer", "Alpha"]);
    const res = await callJson(egp, "DELETE", `/local/users/${shared.userId}`, as(admin.key, beta));
    expect(res).toEqual({
      status: 200,
      body: { id: shared.userId, account_id: beta, removed: true, keys_revoked: false },
    });
    expect((await call(egp, "GET", "/v4/models", as(shared.key, beta))).status).toBe(403);
    expect((await call(egp, "GET", "/v4/models", as(shared.key, alpha))).status).toBe(200);
  });

  it("a user removed from their last account has no working key left", async () => {
    const admin = await seat("admin");
    const member = await seat("member");
    const res = await callJson(egp, "DELETE", `/local/users/${member.userId}`, as(admin.key, beta));
    expect(res.body.keys_revoked).toBe(true);
    expect((await call(egp, "GET", "/user-info", { key: member.key })).status).toBe(401);
    // Adding them back answers no key, and the old one stays dead.
    await call(egp, "POST", "/local/users", {
      ...as(admin.key, beta),
      body: { email: member.email, role: "member" },
    });
    expect((await call(egp, "GET", "/user-info", { key: member.key })).status).toBe(401);
  });

  it("keeps the last admin and the owner; refuses non-admins", async () => {
    const gamma = await egp.users.createAccount(`Gamma${++n}`);
    const only = await seat("admin", `Gamma${n}`);
    expect((await call(egp, "DELETE", `/local/users/${only.userId}`, as(only.key, gamma))).status).toBe(400);
    const localAdmin = await seat("admin", "Local");
    const owner = await callJson(
      egp,
      "DELETE",
      `/local/users/${egp.bootstrap.adminUserId}`,
      as(localAdmin.key, egp.bootstrap.accountId),
    );
    expect(owner.status).toBe(400);
    const viewer = await seat("viewer");
    for (const role of ["member", "viewer"] as const) {
      const res = await call(
        egp,
        "DELETE",
        `/local/users/${viewer.userId}`,
        as((await seat(role)).key, beta),
      );
      expect(res.status).toBe(403);
    }
  });
});

describe("POST /local/users/{user_id}/api-keys", () => {
  it("anyone mints a key for themselves; it works and is answered once", async () => {
    const viewer = await seat("viewer");
    const res = await callJson(egp, "POST", `/local/users/${viewer.userId}/api-keys`, as(viewer.key, beta));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      user_id: viewer.userId,
      revoked_at: null,
      prefix: res.body.api_key.slice(0, 10),
    });
    expect((await call(egp, "GET", "/user-info", { key: res.body.api_key })).status).toBe(200);
  });

  it("an admin mints for users of theirs alone; not for a user with another account, not as member", async () => {
    const admin = await seat("admin");
    const viewer = await seat("viewer");
    const shared = await seat("viewer", "Beta", ["viewer", "Alpha"]);
    const ok = await call(egp, "POST", `/local/users/${viewer.userId}/api-keys`, as(admin.key, beta));
    expect(ok.status).toBe(200);
    const denied = await callJson(egp, "POST", `/local/users/${shared.userId}/api-keys`, as(admin.key, beta));
    expect(denied.status).toBe(403);
    const member = await seat("member");
    expect(
      (await call(egp, "POST", `/local/users/${viewer.userId}/api-keys`, as(member.key, beta))).status,
    ).toBe(403);
    const outsider = await seat("viewer", "Alpha");
    expect(
      (await call(egp, "POST", `/local/users/${outsider.userId}/api-keys`, as(admin.key, beta))).status,
    ).toBe(404);
  });

  it("an admin of every account of the user, or the owner, may", async () => {
    const both = await seat("admin", "Beta", ["admin", "Alpha"]);
    const shared = await seat("viewer", "Beta", ["viewer", "Alpha"]);
    expect(
      (await call(egp, "POST", `/local/users/${shared.userId}/api-keys`, as(both.key, beta))).status,
    ).toBe(200);
    await call(egp, "POST", "/local/users", {
      key: TEST_ADMIN_KEY,
      body: { email: shared.email, role: "viewer" },
    });
    const byOwner = await call(egp, "POST", `/local/users/${shared.userId}/api-keys`, {
      key: TEST_ADMIN_KEY,
    });
    expect(byOwner.status).toBe(200);
  });
});

describe("DELETE /local/api-keys/{key_id}", () => {
  it("an admin revokes a key of their user; the key then gets 401; revoking twice keeps the first time", async () => {
    const admin = await seat("admin");
    const viewer = await seat("viewer");
    const keyId = await keyIdOf(admin.key, viewer.userId);
    const res = await callJson(egp, "DELETE", `/local/api-keys/${keyId}`, as(admin.key, beta));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: keyId, user_id: viewer.userId, revoked_at: expect.any(String) });
    expect(await callJson(egp, "GET", "/user-info", { key: viewer.key })).toEqual({
      status: 401,
      body: { detail: "Invalid API key" },
    });
    const again = await callJson(egp, "DELETE", `/local/api-keys/${keyId}`, as(admin.key, beta));
    expect(again.body.revoked_at).toBe(res.body.revoked_at);
  });

  it("a user revokes their own key, whatever their role", async () => {
    const viewer = await seat("viewer");
    const minted = await callJson(
      egp,
      "POST",
      `/local/users/${viewer.userId}/api-keys`,
      as(viewer.key, beta),
    );
    expect(
      (await call(egp, "DELETE", `/local/api-keys/${minted.body.id}`, as(viewer.key, beta))).status,
    ).toBe(200);
    expect((await call(egp, "GET", "/user-info", { key: minted.body.api_key })).status).toBe(401);
    expect((await call(egp, "GET", "/user-info", { key: viewer.key })).status).toBe(200);
  });

  it("403 for another account's user's key held by a shared user, 403 as member, 404 outside the account", async () => {
    const admin = await seat("admin");
    const shared = await seat("viewer", "Beta", ["admin", "Alpha"]);
    const sharedKey = await keyIdOf(admin.key, shared.userId);
    expect((await call(egp, "DELETE", `/local/api-keys/${sharedKey}`, as(admin.key, beta))).status).toBe(403);
    const viewer = await seat("viewer");
    const viewerKey = await keyIdOf(admin.key, viewer.userId);
    const member = await seat("member");
    expect((await call(egp, "DELETE", `/local/api-keys/${viewerKey}`, as(member.key, beta))).status).toBe(
      403,
    );
    const alphaAdmin = await seat("admin", "Alpha");
    const id = await keyIdOf(alphaAdmin.key, alphaAdmin.userId, alpha);
    expect(await callJson(egp, "DELETE", `/local/api-keys/${id}`, as(admin.key, beta))).toEqual({
      status: 404,
      body: { detail: `API key ${id} not found` },
    });
    expect((await call(egp, "GET", "/user-info", { key: shared.key })).status).toBe(200);
  });
});
