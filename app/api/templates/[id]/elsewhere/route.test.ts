import { beforeAll, describe, expect, it } from "vitest";
import { callJson } from "@/lib/local-egp/testing/open-test-egp";
import { request, signIn, withLocalConsole } from "@/tests/console/session-harness";
import { GET } from "./route";

const local = withLocalConsole({ secret: "template-elsewhere-test-secret-0123456789abcdef" });
const ids: Record<string, string> = {};

/** A template made by an admin of the account (a user of its own, not the signed-in one). */
async function templateIn(accountId: string, accountName: string | undefined, name: string) {
  const { apiKey } = await local.egp.users.createUser(
    `admin-${name.replace(/ /g, "-")}@t.test`,
    "admin",
    accountName,
  );
  const created = await callJson(local.egp, "POST", "/v4/model-templates", {
    key: apiKey,
    body: {
      name,
      endpoint_type: "SYNC",
      model_type: "RERANKING",
      account_id: accountId,
      vendor_configuration: {
        bundle_config: { registry: "local", image: "bm25-rerank", tag: "1", env: { API_KEY: "sk-secret" } },
      },
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body.id as string;
}

beforeAll(async () => {
  const { egp } = local;
  ids.home = egp.bootstrap.accountId;
  ids.beta = await egp.users.createAccount("Beta");
  ids.closed = await egp.users.createAccount("Closed");
  ids.stranger = await egp.users.createAccount("Stranger");
  ids.inBeta = await templateIn(ids.beta, "Beta", "shared reranker");
  ids.inClosed = await templateIn(ids.closed, "Closed", "closed reranker");
  ids.inStranger = await templateIn(ids.stranger, "Stranger", "stranger reranker");
  ids.inHome = await templateIn(ids.home, undefined, "home reranker");
  await egp.users.grant("admin@local", "viewer", "Beta");
  await egp.users.grant("admin@local", "disabled", "Closed");
});

async function lookUp(templateId: string) {
  const { egp } = local;
  const { cookie } = await signIn({
    apiKey: await egp.users.createKey("admin@local"),
    user: { id: egp.bootstrap.adminUserId, email: "admin@local", name: null },
    accounts: [
      { id: ids.home, name: "Local", role: "admin" },
      { id: ids.beta, name: "Beta", role: "viewer" },
      { id: ids.closed, name: "Closed", role: "disabled" },
    ],
    accountId: ids.home,
  });
  return GET(request(`/api/templates/${templateId}/elsewhere`, { cookie }), {
    params: Promise.resolve({ id: templateId }),
  });
}

describe("GET /api/templates/{id}/elsewhere", () => {
  it("names a template of another of the user's accounts, with its type and account, nothing more", async () => {
    const response = await lookUp(ids.inBeta);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      id: ids.inBeta,
      name: "shared reranker",
      model_type: "RERANKING",
      account: { id: ids.beta, name: "Beta" },
    });
    expect(JSON.stringify(body)).not.toContain("sk-");
  });

  it("is a 404 for one in an account the user is disabled in, not in, or the one they are in", async () => {
    for (const id of [ids.inClosed, ids.inStranger, ids.inHome, "no-such-template"]) {
      const response = await lookUp(id);
      expect(response.status, id).toBe(404);
      expect((await response.json()).error.message).toBe("None of your other accounts has this template.");
    }
  });
});
