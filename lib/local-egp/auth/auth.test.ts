import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { call, callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";

let egp: TestEgp;
let viewerKey: string;
let memberKey: string;
let otherAccount: string;

beforeAll(async () => {
  egp = await openTestEgp();
  viewerKey = (await egp.users.createUser("viewer@local", "viewer")).apiKey;
  memberKey = (await egp.users.createUser("member@local", "member")).apiKey;
  otherAccount = await egp.users.createAccount("Other");
  await egp.users.grant("member@local", "admin", "Other");
});
afterAll(async () => {
  await egp?.close();
});

const templateBody = (account: string) => ({
  name: "t",
  endpoint_type: "SYNC",
  model_type: "EMBEDDING",
  account_id: account,
  vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
});

describe("authentication", () => {
  test("401 without a key and with a bad key, with a detail", async () => {
    const none = await callJson(egp, "GET", "/v4/models", { key: null });
    expect(none).toEqual({ status: 401, body: { detail: "Missing x-api-key header" } });
    const bad = await callJson(egp, "GET", "/user-info", { key: "egp_wrong" });
    expect(bad.status).toBe(401);
  });

  test("/user-info lists access_profiles and the same items as accounts (with account_id); a leading /egp is stripped", async () => {
    const res = await callJson(egp, "GET", "/egp/user-info", { key: memberKey });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe("member@local");
    expect(res.body.accounts).toEqual(
      res.body.access_profiles.map((p: { account: { id: string } }) => ({ ...p, account_id: p.account.id })),
    );
    expect(res.body.access_profiles.map((p: { role: string }) => p.role).sort()).toEqual(["admin", "member"]);
  });

  test("/v4/accounts pages the caller's accounts", async () => {
    const res = await callJson(egp, "GET", "/v4/accounts", { key: memberKey });
    expect(res.body.total_item_count).toBe(2);
    expect(res.body.items[0]).toEqual(
      expect.objectContaining({ organization_id: "local", account_group_id: "local" }),
    );
  });

  test("unknown routes are 404 and wrong methods 405", async () => {
    expect((await call(egp, "GET", "/v4/nothing")).status).toBe(404);
    expect((await call(egp, "PUT", "/v4/models")).status).toBe(405);
  });
});

describe("roles", () => {
  test("viewers read but cannot mutate; the 403 names the role needed", async () => {
    expect((await call(egp, "GET", "/v4/models", { key: viewerKey })).status).toBe(200);
    const res = await callJson(egp, "POST", "/v4/model-groups", {
      key: viewerKey,
      body: { name: "g", account_id: egp.bootstrap.accountId },
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/member role or higher/);
  });

  test("members create models but only admins create templates", async () => {
    const account = egp.bootstrap.accountId;
    const model = await call(egp, "POST", "/v4/models", {
      key: memberKey,
      body: { name: "m", model_type: "EMBEDDING", account_id: account },
    });
    expect(model.status).toBe(200);
    const tpl = await callJson(egp, "POST", "/v4/model-templates", {
      key: memberKey,
      body: templateBody(account),
    });
    expect(tpl.status).toBe(403);
    expect(tpl.body.detail).toMatch(/admin role/);
  });

  test("x-selected-account-id picks the account and its role; an account without a profile is 403", async () => {
    const asAdmin = await call(egp, "POST", "/v4/model-templates", {
      key: memberKey,
      headers: { "x-selected-account-id": otherAccount },
      body: templateBody(otherAccount),
    });
    expect(asAdmin.status).toBe(200);
    const scoped = await callJson(egp, "GET", "/v4/model-templates", {
      key: memberKey,
      headers: { "x-selected-account-id": otherAccount },
    });
    expect(scoped.body.total_item_count).toBe(1);
    const denied = await call(egp, "GET", "/v4/models", {
      key: viewerKey,
      headers: { "x-selected-account-id": otherAccount },
    });
    expect(denied.status).toBe(403);
  });

  test("a list of another account by account_id brings that account's groups with its models", async () => {
    const group = await callJson(egp, "POST", "/v4/model-groups", {
      key: memberKey,
      body: { name: "other-group", account_id: otherAccount },
    });
    expect(group.status).toBe(200);
    const model = await callJson(egp, "POST", "/v4/models", {
      key: memberKey,
      body: {
        name: "grouped",
        model_type: "EMBEDDING",
        account_id: otherAccount,
        model_group_id: group.body.id,
      },
    });
    expect(model.status).toBe(200);
    // The member's selected account is the default one; the list asks for "Other" by its id.
    const listed = await callJson(egp, "GET", `/v4/models?account_id=${otherAccount}&view=ModelGroup`, {
      key: memberKey,
    });
    const item = listed.body.items.find((m: { id: string }) => m.id === model.body.id);
    expect(item.model_group).toMatchObject({ id: group.body.id, name: "other-group" });
    // The same page asked from inside "Other" is the same: the answer depends on the listed account only.
    const inside = await callJson(egp, "GET", "/v4/models?view=ModelGroup", {
      key: memberKey,
      headers: { "x-selected-account-id": otherAccount },
    });
    expect(inside.body.items).toEqual(listed.body.items);
  });

  test("a disabled or invited seat gives no access, by header or by account_id", async () => {
    const { apiKey } = await egp.users.createUser("disabled@local", "viewer");
    await egp.users.grant("disabled@local", "disabled", "Other");
    const byHeader = await callJson(egp, "GET", "/v4/models", {
      key: apiKey,
      headers: { "x-selected-account-id": otherAccount },
    });
    expect(byHeader).toEqual({
      status: 403,
      body: { detail: `Your access to account ${otherAccount} is disabled` },
    });
    const byQuery = await call(egp, "GET", `/v4/model-templates?account_id=${otherAccount}`, { key: apiKey });
    expect(byQuery.status).toBe(403);
  });

  test("only the instance owner is an organization admin", async () => {
    const owner = await callJson(egp, "GET", "/user-info");
    expect(owner.body.is_organization_admin).toBe(true);
    // member@local is admin of "Other", which does not make it the local organization's admin.
    const accountAdmin = await callJson(egp, "GET", "/user-info", { key: memberKey });
    expect(accountAdmin.body.is_organization_admin).toBe(false);
  });

  test("resources of another account are 404", async () => {
    const other = await callJson(egp, "GET", "/v4/model-templates", {
      key: memberKey,
      headers: { "x-selected-account-id": otherAccount },
    });
    const res = await call(egp, "GET", `/v4/model-templates/${other.body.items[0].id}`);
    expect(res.status).toBe(404);
  });
});

describe("level-0 roles read nothing", () => {
  let mixedKey: string;
  let disabledKey: string;
  let invitedKey: string;
  beforeAll(async () => {
    await egp.users.createAccount("Closed");
    // Member in Local, disabled in Closed: the Closed account must stay unreadable.
    mixedKey = (await egp.users.createUser("mixed@local", "member")).apiKey;
    await egp.users.grant("mixed@local", "disabled", "Closed");
    disabledKey = (await egp.users.createUser("disabled@local", "disabled")).apiKey;
    invitedKey = (await egp.users.createUser("invited@local", "invited")).apiKey;
  });
  const closedId = async () =>
    (await callJson(egp, "GET", "/v4/accounts", { key: mixedKey })).body.items.find(
      (a: { name: string }) => a.name === "Closed",
    ).id as string;

  test.each(["/v4/models", "/v4/model-templates", "/v4/model-deployments", "/v4/model-groups", "/user-info"])(
    "x-selected-account-id of a disabled account: GET %s is 403",
    async (path) => {
      const res = await callJson(egp, "GET", path, {
        key: mixedKey,
        headers: { "x-selected-account-id": await closedId() },
      });
      expect(res.status).toBe(403);
      expect(res.body.detail).toMatch(/is disabled$/);
    },
  );

  test("account_id of a disabled account in the query or body is 403 too", async () => {
    const account = await closedId();
    expect((await call(egp, "GET", `/v4/models?account_id=${account}`, { key: mixedKey })).status).toBe(403);
    const create = await call(egp, "POST", "/v4/model-groups", {
      key: mixedKey,
      body: { name: "g", account_id: account },
    });
    expect(create.status).toBe(403);
    expect((await call(egp, "GET", "/v4/models", { key: mixedKey })).status).toBe(200);
  });

  test.each([
    ["disabled", () => disabledKey],
    ["invited", () => invitedKey],
  ])("a user whose only role is %s reads nothing, as default profile or selected", async (_, key) => {
    for (const path of ["/v4/models", "/v4/model-templates", "/user-info"]) {
      expect((await call(egp, "GET", path, { key: key() })).status).toBe(403);
      const selected = await call(egp, "GET", path, {
        key: key(),
        headers: { "x-selected-account-id": egp.bootstrap.accountId },
      });
      expect(selected.status).toBe(403);
    }
  });
});

describe("sign-in tokens", () => {
  test("redeem once for a fresh working key; a second redeem and an expired token get null", async () => {
    const token = await egp.createSignInToken(egp.bootstrap.adminUserId);
    const first = await egp.redeemSignInToken(token);
    expect(first?.userId).toBe(egp.bootstrap.adminUserId);
    expect((await call(egp, "GET", "/user-info", { key: first!.apiKey })).status).toBe(200);
    expect(await egp.redeemSignInToken(token)).toBeNull();
    const expired = await egp.createSignInToken(egp.bootstrap.adminUserId, -1);
    expect(await egp.redeemSignInToken(expired)).toBeNull();
  });
});
