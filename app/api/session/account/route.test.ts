import { beforeAll, describe, expect, it } from "vitest";
import { unsealSession } from "@/lib/session";
import { request, signIn, withLocalConsole } from "@/tests/console/session-harness";
import { POST } from "./route";

const local = withLocalConsole({ secret: "account-switch-test-secret-0123456789abcdef" });
const ids: Record<string, string> = {};

beforeAll(async () => {
  const { egp } = local;
  ids.alpha = egp.bootstrap.accountId;
  ids.beta = await egp.users.createAccount("Beta");
  ids.closed = await egp.users.createAccount("Closed");
  await egp.users.grant("admin@local", "viewer", "Beta");
  await egp.users.grant("admin@local", "disabled", "Closed");
});

async function switchTo(accountId: string) {
  const { egp } = local;
  const { cookie } = await signIn({
    apiKey: await egp.users.createKey("admin@local"),
    user: { id: egp.bootstrap.adminUserId, email: "admin@local", name: null },
    accounts: [
      { id: ids.alpha, name: "Local", role: "admin" },
      { id: ids.beta, name: "Beta", role: "viewer" },
      { id: ids.closed, name: "Closed", role: "disabled" },
    ],
    accountId: ids.alpha,
  });
  return POST(request("/api/session/account", { method: "POST", cookie, body: { accountId } }), {
    params: Promise.resolve({}),
  });
}

describe("POST /api/session/account", () => {
  it("switches to an account the user belongs to and re-seals the cookie", async () => {
    const response = await switchTo(ids.beta);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.accountId).toBe(ids.beta);
    expect(JSON.stringify(body)).not.toContain("egp_");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    const seal = decodeURIComponent(cookie.split(";")[0].split("=").slice(1).join("="));
    const session = await unsealSession(seal);
    expect(session?.accountId).toBe(ids.beta);
    expect((await local.egp.getConsoleSession(session!.sid))?.accountId).toBe(ids.beta);
  });

  it("refuses an account outside the user's access profiles", async () => {
    const response = await switchTo("acc-elsewhere");
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toBe("You have no access to that account.");
  });

  it("refuses an account where the user's role is disabled", async () => {
    const response = await switchTo(ids.closed);
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toBe("Your access to this account is disabled.");
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
