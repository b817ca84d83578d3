import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
let alpha: string;
let beta: string;
let alphaAdminKey: string;
let betaAdminKey: string;

beforeAll(async () => {
  egp = await openTestEgp({ seed: false });
  alpha = await egp.users.createAccount("Alpha");
  beta = await egp.users.createAccount("Beta");
  alphaAdminKey = (await egp.users.createUser("alpha-admin@example.test", "admin", "Alpha")).apiKey;
  betaAdminKey = (await egp.users.createUser("beta-admin@example.test", "admin", "Beta")).apiKey;
});
afterAll(async () => {
  await egp?.close();
});

describe("account takeover through POST /local/users", () => {
  it("adding another account's admin to Beta grants the role but hands out no key", async () => {
    const added = await callJson(egp, "POST", "/local/users", {
      key: betaAdminKey,
      headers: { "x-selected-account-id": beta },
      body: { email: "alpha-admin@example.test", role: "viewer" },
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ email: "alpha-admin@example.test", role: "viewer", account_id: beta });
    expect(added.body.api_key ?? null).toBeNull();
    expect(added.body.created).toBe(false);

    // Whatever the answer held, nothing Beta's admin has may act as Alpha's admin.
    for (const key of [added.body.api_key, betaAdminKey].filter(Boolean)) {
      const template = await call(egp, "POST", "/v4/model-templates", {
        key,
        headers: { "x-selected-account-id": alpha },
        body: {
          name: "stolen",
          endpoint_type: "SYNC",
          model_type: "EMBEDDING",
          account_id: alpha,
          vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
        },
      });
      expect(template.status).toBe(403);
    }
    // Nor may Beta's admin mint one for Alpha's admin, now a viewer of Beta.
    const minted = await callJson(egp, "POST", `/local/users/${added.body.user_id}/api-keys`, {
      key: betaAdminKey,
      headers: { "x-selected-account-id": beta },
    });
    expect(minted.status).toBe(403);
    expect(minted.body.detail).toMatch(/admin role in every account this user belongs to/);
    // The account is the selected one, never one named in the body.
    const viaBody = await callJson(egp, "POST", "/local/users", {
      key: betaAdminKey,
      body: { email: "alpha-admin@example.test", role: "admin", account_id: alpha },
    });
    expect(viaBody.status).toBe(422);
    expect(viaBody.body.detail[0]).toMatchObject({ loc: ["body", "account_id"], type: "extra_forbidden" });
    // Alpha's admin keeps working.
    expect((await call(egp, "GET", "/user-info", { key: alphaAdminKey })).status).toBe(200);
  });
});
