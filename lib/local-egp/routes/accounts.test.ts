import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

let egp: TestEgp;
let beta: string;
let n = 0;

beforeAll(async () => {
  egp = await openTestEgp({ seed: false });
  await egp.users.createAccount("Alpha");
  beta = await egp.users.createAccount("Beta");
});
afterAll(async () => {
  await egp?.close();
});

/** A fresh user with a role in an account; tests share no users. */
async function seat(role: "admin" | "member" | "viewer" | "disabled", account = "Beta") {
  const { apiKey } = await egp.users.createUser(`a${++n}-${role}@example.test`, role, account);
  return apiKey;
}
const outsider = () => seat("member", "Alpha");

const create = (body: unknown, key?: string) => callJson(egp, "POST", "/v4/accounts", { body, key });
const get = (id: string, key?: string) => callJson(egp, "GET", `/v4/accounts/${id}`, { key });
const patch = (id: string, body: unknown, key?: string) =>
  call(egp, "PATCH", `/v4/accounts/${id}`, { body, key });

function expectValidationError(res: { status: number; body: unknown }, loc: (string | number)[]) {
  expect(res.status).toBe(422);
  expect(specErrors("HTTPValidationError", res.body)).toEqual([]);
  expect((res.body as { detail: { loc: unknown[] }[] }).detail.map((d) => d.loc)).toContainEqual(loc);
}

describe("POST /v4/accounts", () => {
  it("lets the instance owner create an account, answering 201 AccountV2, and makes them its admin", async () => {
    const res = await create({ account_group_id: "local", name: "  Gamma  " });
    expect(res.status).toBe(201);
    expect(specErrors("AccountV2", res.body)).toEqual([]);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: "Gamma",
      organization_id: "local",
      account_group_id: "local",
    });
    const info = await callJson(egp, "GET", "/user-info");
    const profile = info.body.access_profiles.find(
      (p: { account: { id: string } }) => p.account.id === res.body.id,
    );
    expect(profile).toMatchObject({ role: "admin", account: { name: "Gamma" } });
    expect((await get(res.body.id)).body).toEqual(res.body);
  });

  it("refuses anyone but the organization admin, an account admin included", async () => {
    for (const key of [await seat("admin"), await seat("member"), await outsider()]) {
      const res = await create({ account_group_id: "local", name: "Not mine" }, key);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ detail: expect.any(String) });
    }
    const listed = await callJson(egp, "GET", "/v4/accounts?limit=100");
    expect(listed.body.items.map((a: { name: string }) => a.name)).not.toContain("Not mine");
  });

  it("answers 422 for an unknown account group, naming the field", async () => {
    expectValidationError(await create({ account_group_id: "nope", name: "X" }), [
      "body",
      "account_group_id",
    ]);
  });

  it.each([
    [{ name: "X" }, ["body", "account_group_id"]],
    [{ account_group_id: "local" }, ["body", "name"]],
    [{ account_group_id: "local", name: "   " }, ["body", "name"]],
    [{ account_group_id: "local", name: "x".repeat(51) }, ["body", "name"]],
    [{ account_group_id: "local", name: 7 }, ["body", "name"]],
  ])("answers 422 FastAPI-style for %j", async (body, loc) => {
    expectValidationError(await create(body), loc);
  });

  it("ignores unknown keys, as the spec's CreateAccountRequestV2 allows them", async () => {
    const res = await create({ account_group_id: "local", name: "Extra", extra: 1 });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty("extra");
  });
});

describe("GET /v4/accounts/{id}", () => {
  it("answers AccountV2 to members of the account, whatever their role", async () => {
    for (const key of [await seat("admin"), await seat("member"), await seat("viewer")]) {
      const res = await get(beta, key);
      expect(res.status).toBe(200);
      expect(specErrors("AccountV2", res.body)).toEqual([]);
      expect(res.body).toMatchObject({ id: beta, name: "Beta", account_group_id: "local" });
    }
  });

  it("answers 404, not 403, to a non-member, a disabled seat and an unknown id", async () => {
    const disabled = await seat("disabled");
    await egp.users.grant(`a${n}-disabled@example.test`, "viewer", "Alpha");
    for (const [id, key] of [
      [beta, await outsider()],
      [beta, disabled],
      ["no-such-account", undefined],
    ] as const) {
      const res = await get(id, key);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: `Account ${id} not found` });
    }
  });
});

describe("PATCH /v4/accounts/{id}", () => {
  it("lets an admin of the account rename it: 204 with no body", async () => {
    const admin = await seat("admin");
    const res = await patch(beta, { name: "Beta renamed" }, admin);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect((await get(beta, admin)).body.name).toBe("Beta renamed");
    expect((await patch(beta, { name: "Beta" }, admin)).status).toBe(204);
    expect((await patch(beta, {}, admin)).status).toBe(204);
  });

  it("lets the organization admin rename an account they hold no seat in", async () => {
    const info = await callJson(egp, "GET", "/user-info");
    expect(info.body.access_profiles.map((p: { account: { id: string } }) => p.account.id)).not.toContain(
      beta,
    );
    expect((await patch(beta, { name: "Beta by owner" })).status).toBe(204);
    expect((await get(beta)).body.name).toBe("Beta by owner");
    expect((await patch(beta, { name: "Beta" })).status).toBe(204);
  });

  it("refuses a member or viewer with 403", async () => {
    for (const key of [await seat("member"), await seat("viewer")]) {
      const res = await patch(beta, { name: "Mine now" }, key);
      expect(res.status).toBe(403);
    }
    expect((await get(beta)).body.name).toBe("Beta");
  });

  it("answers 404 to a non-member and for an unknown id, whatever the body", async () => {
    const res = await patch(beta, { name: "" }, await outsider());
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: `Account ${beta} not found` });
    expect((await patch("no-such-account", { name: "X" })).status).toBe(404);
  });

  it("leaves moving an account to another group to the organization admin", async () => {
    const admin = await seat("admin");
    expect((await patch(beta, { account_group_id: "local" }, admin)).status).toBe(403);
    expect((await patch(beta, { account_group_id: "local" })).status).toBe(204);
    const unknown = await patch(beta, { account_group_id: "nope" });
    expectValidationError({ status: unknown.status, body: await unknown.json() }, [
      "body",
      "account_group_id",
    ]);
  });

  it.each([
    [{ name: "" }, ["body", "name"]],
    [{ name: null }, ["body", "name"]],
    [{ name: "x".repeat(51) }, ["body", "name"]],
  ])("answers 422 FastAPI-style for %j", async (body, loc) => {
    const res = await patch(beta, body);
    expectValidationError({ status: res.status, body: await res.json() }, loc);
  });

  it("ignores unknown keys (the spec allows them): an id in the body changes nothing", async () => {
    expect((await patch(beta, { id: "other" })).status).toBe(204);
    expect((await get(beta)).body.id).toBe(beta);
  });
});
