import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "../env";
import { SESSION_COOKIE, newSession, sealSession, type SessionData } from "../session";
import { withSession } from "./with-session";

beforeAll(() => {
  process.env.SESSION_SECRET = "unit-test-session-secret-0123456789abcdef";
  delete process.env.EGP_API_URL;
  resetEnv();
});

const ORIGIN = "http://console.test";

function session(role: string): SessionData {
  return newSession({
    apiKey: "secret-key-value",
    user: { id: "u1", email: "a@b.c", name: null },
    accounts: [{ id: "acc", name: "Acc", role }],
    accountId: "acc",
  });
}

async function call(
  route: (request: Request, args: { params: Promise<Record<string, never>> }) => Promise<Response>,
  {
    method = "GET",
    cookie,
    origin = ORIGIN,
  }: { method?: string; cookie?: string; origin?: string | null } = {},
) {
  const headers = new Headers({ host: "console.test" });
  if (origin) headers.set("origin", origin);
  if (cookie !== undefined) headers.set("cookie", `${SESSION_COOKIE}=${encodeURIComponent(cookie)}`);
  const response = await route(new Request(`${ORIGIN}/api/x`, { method, headers }), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: await response.json() };
}

const ok = withSession(async ({ session }) => Response.json({ email: session.user.email }));
const memberOnly = withSession(async () => Response.json({ done: true }), { role: "member" });

describe("withSession", () => {
  it("answers 401 in our envelope without a session", async () => {
    expect(await call(ok)).toEqual({
      status: 401,
      body: { error: { code: "unauthorized", message: "Sign in to continue." } },
    });
  });

  it("accepts a sealed session and never echoes the key", async () => {
    const result = await call(ok, { cookie: await sealSession(session("viewer")) });
    expect(result).toEqual({ status: 200, body: { email: "a@b.c" } });
    expect(JSON.stringify(result.body)).not.toContain("secret-key-value");
  });

  it("rejects a tampered cookie", async () => {
    const seal = await sealSession(session("admin"));
    const tampered = seal.slice(0, 40) + (seal[40] === "a" ? "b" : "a") + seal.slice(41);
    expect((await call(ok, { cookie: tampered })).status).toBe(401);
  });

  it("rejects an expired session", async () => {
    const expired = { ...session("admin"), expiresAt: Date.now() - 1 };
    expect((await call(ok, { cookie: await sealSession(expired) })).status).toBe(401);
  });

  it("rejects a cross-site mutation before anything else", async () => {
    const cookie = await sealSession(session("admin"));
    const result = await call(memberOnly, { method: "POST", cookie, origin: "https://evil.example" });
    expect(result.status).toBe(403);
    expect(result.body.error.message).toBe("Cross-site requests are not allowed.");
    expect((await call(memberOnly, { method: "DELETE", cookie, origin: null })).status).toBe(403);
  });

  it("enforces the role on the server", async () => {
    const viewer = await sealSession(session("viewer"));
    const result = await call(memberOnly, { method: "POST", cookie: viewer });
    expect(result).toEqual({
      status: 403,
      body: {
        error: { code: "forbidden", message: "This needs the member role; you are viewer in this account." },
      },
    });
    const member = await sealSession(session("member"));
    expect((await call(memberOnly, { method: "POST", cookie: member })).status).toBe(200);
  });
});
