import { describe, expect, it } from "vitest";
import { ORIGIN, signIn, withLocalConsole } from "@/tests/console/session-harness";
import { ROLES, type Role } from "../roles";
import { SESSION_COOKIE, newSession, sealSession, type SessionData } from "../session";
import { withSession } from "./with-session";

const local = withLocalConsole();

/** A signed-in user of that role in the Local account, with a real key; the cookie's seal. */
async function sealFor(role: Role, extra: Partial<SessionData> = {}): Promise<string> {
  const { egp } = local;
  const email = `${role}-${Math.random().toString(36).slice(2)}@local`;
  const { userId, apiKey } = await egp.users.createUser(email, role);
  const { session } = await signIn({
    apiKey,
    user: { id: userId, email: "a@b.c", name: null },
    accounts: [{ id: egp.bootstrap.accountId, name: "Local", role }],
    accountId: egp.bootstrap.accountId,
  });
  return sealSession({ ...session, ...extra });
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
const memberOnly = withSession(async () => Response.json({ done: true }), { action: "models:write" });
const adminOnly = withSession(async () => Response.json({ done: true }), { action: "templates:write" });

describe("withSession", () => {
  it("answers 401 in our envelope without a session", async () => {
    expect(await call(ok)).toEqual({
      status: 401,
      body: { error: { code: "unauthorized", message: "Sign in to continue." } },
    });
  });

  it("accepts a sealed session and never echoes the key", async () => {
    const result = await call(ok, { cookie: await sealFor("viewer") });
    expect(result).toEqual({ status: 200, body: { email: "a@b.c" } });
    expect(JSON.stringify(result.body)).not.toContain("egp_");
  });

  it("rejects a tampered cookie", async () => {
    const seal = await sealFor("admin");
    const tampered = seal.slice(0, 40) + (seal[40] === "a" ? "b" : "a") + seal.slice(41);
    expect((await call(ok, { cookie: tampered })).status).toBe(401);
  });

  it("rejects an expired session", async () => {
    const expired = await sealFor("admin", { expiresAt: Date.now() - 1 });
    expect((await call(ok, { cookie: expired })).status).toBe(401);
  });

  it("rejects a cross-site mutation before anything else", async () => {
    const cookie = await sealFor("admin");
    const result = await call(memberOnly, { method: "POST", cookie, origin: "https://evil.example" });
    expect(result.status).toBe(403);
    expect(result.body.error.message).toBe("Cross-site requests are not allowed.");
    expect((await call(memberOnly, { method: "DELETE", cookie, origin: null })).status).toBe(403);
  });

  it("enforces the role on the server", async () => {
    const viewer = await sealFor("viewer");
    const result = await call(memberOnly, { method: "POST", cookie: viewer });
    expect(result).toEqual({
      status: 403,
      body: {
        error: { code: "forbidden", message: "This needs the member role; you are viewer in this account." },
      },
    });
    const member = await sealFor("member");
    expect((await call(memberOnly, { method: "POST", cookie: member })).status).toBe(200);
  });
});

describe("withSession for every role of the spec", () => {
  const DISABLED = { error: { code: "forbidden", message: "Your access to this account is disabled." } };
  const needs = (level: string, role: string) => ({
    error: { code: "forbidden", message: `This needs the ${level} role; you are ${role} in this account.` },
  });
  // The expectations are written out, not derived from lib/roles, so a wrong table fails here.
  const expected: Record<Role, { read: number; member: number; admin: number }> = {
    manager: { read: 200, member: 200, admin: 200 },
    admin: { read: 200, member: 200, admin: 200 },
    editor: { read: 200, member: 200, admin: 403 },
    member: { read: 200, member: 200, admin: 403 },
    labeler: { read: 200, member: 403, admin: 403 },
    viewer: { read: 200, member: 403, admin: 403 },
    disabled: { read: 403, member: 403, admin: 403 },
    invited: { read: 403, member: 403, admin: 403 },
  };

  it.each(ROLES.map((role) => [role, expected[role]] as const))(
    "%s: a read, a member action and an admin action",
    async (role, { read, member, admin }) => {
      const cookie = await sealFor(role);
      const reading = await call(ok, { cookie });
      const writing = await call(memberOnly, { method: "POST", cookie });
      const administering = await call(adminOnly, { method: "POST", cookie });
      expect([reading.status, writing.status, administering.status]).toEqual([read, member, admin]);
      if (read === 403) {
        for (const refused of [reading, writing, administering]) expect(refused.body).toEqual(DISABLED);
      } else {
        if (member === 403) expect(writing.body).toEqual(needs("member", role));
        if (admin === 403) expect(administering.body).toEqual(needs("admin", role));
      }
    },
  );
});

describe("withSession and the server-side record", () => {
  it("refuses a well-sealed cookie that has no record (sealed, never signed in)", async () => {
    const forged = newSession({
      apiKey: "egp_forged",
      user: { id: "u1", email: "a@b.c", name: null },
      accounts: [{ id: "acc", name: "Acc", role: "admin" }],
      accountId: "acc",
    });
    const result = await call(ok, { cookie: await sealSession(forged) });
    expect(result.status).toBe(401);
    expect(result.body.error.message).toBe("You were signed out. Sign in again to continue.");
  });

  it.each(["disabled", "invited"] as const)(
    "answers 403 to a %s role in the selected account, reads included",
    async (role) => {
      const result = await call(ok, { cookie: await sealFor(role) });
      expect(result).toEqual({
        status: 403,
        body: { error: { code: "forbidden", message: "Your access to this account is disabled." } },
      });
    },
  );

  it("uses the role the embedded server holds now, not the one sealed at sign-in", async () => {
    const { egp } = local;
    const email = `demoted-${Math.random().toString(36).slice(2)}@local`;
    const { userId, apiKey } = await egp.users.createUser(email, "member");
    const { cookie } = await signIn({
      apiKey,
      user: { id: userId, email, name: null },
      accounts: [{ id: egp.bootstrap.accountId, name: "Local", role: "member" }],
      accountId: egp.bootstrap.accountId,
    });
    const seal = decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1));
    expect((await call(memberOnly, { method: "POST", cookie: seal })).status).toBe(200);
    await egp.users.grant(email, "disabled");
    expect((await call(ok, { cookie: seal })).body.error.message).toBe(
      "Your access to this account is disabled.",
    );
  });
});
