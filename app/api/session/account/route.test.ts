import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { SESSION_COOKIE, newSession, sealSession, unsealSession } from "@/lib/session";
import { POST } from "./route";

beforeAll(() => {
  process.env.SESSION_SECRET = "account-switch-test-secret-0123456789abcdef";
  delete process.env.EGP_API_URL;
  resetEnv();
});

const ORIGIN = "http://console.test";

async function switchTo(accountId: string) {
  const session = newSession({
    apiKey: "key-for-switch-test",
    user: { id: "u1", email: "ana@example.test", name: null },
    accounts: [
      { id: "acc-a", name: "Alpha", role: "admin" },
      { id: "acc-b", name: "Beta", role: "viewer" },
    ],
    accountId: "acc-a",
  });
  const request = new Request(`${ORIGIN}/api/session/account`, {
    method: "POST",
    headers: {
      host: "console.test",
      origin: ORIGIN,
      "content-type": "application/json",
      cookie: `${SESSION_COOKIE}=${encodeURIComponent(await sealSession(session))}`,
    },
    body: JSON.stringify({ accountId }),
  });
  return POST(request, { params: Promise.resolve({}) });
}

describe("POST /api/session/account", () => {
  it("switches to an account the user belongs to and re-seals the cookie", async () => {
    const response = await switchTo("acc-b");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.accountId).toBe("acc-b");
    expect(JSON.stringify(body)).not.toContain("key-for-switch-test");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    const seal = decodeURIComponent(cookie.split(";")[0].split("=").slice(1).join("="));
    expect((await unsealSession(seal))?.accountId).toBe("acc-b");
  });

  it("refuses an account outside the user's access profiles", async () => {
    const response = await switchTo("acc-elsewhere");
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toBe("You have no access to that account.");
  });
});
