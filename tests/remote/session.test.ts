import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { DELETE, GET as whoAmI, POST as signInRoute } from "@/app/api/session/route";
import { sessionClock } from "@/lib/auth/live-session";
import { getConsoleStore } from "@/lib/console-store";
import { ENDED_SESSION_RETENTION_MS } from "@/lib/local-egp/store/console-sessions";
import { readSession } from "@/lib/session";
import { request, signIn as sealedSignIn } from "@/tests/console/session-harness";
import { API_KEY, UPSTREAM, mockRemoteEgp, visible } from "./harness";
import { specModel, specPage } from "./fixtures";

const server = mockRemoteEgp();
const noParams = { params: Promise.resolve({}) };

const userInfo = (roles: string[]) =>
  http.get(`${UPSTREAM}/user-info`, ({ request: upstream }) =>
    upstream.headers.get("x-api-key") === API_KEY
      ? HttpResponse.json({
          id: "u1",
          email: "member@example.com",
          access_profiles: roles.map((role, i) => ({
            id: `p${i}`,
            user_id: "u1",
            role,
            account: { id: `acc-${i}`, name: `Acc ${i}` },
          })),
        })
      : HttpResponse.json({ detail: "Invalid API key" }, { status: 401 }),
  );

async function signIn(): Promise<string> {
  const response = await signInRoute(request("/api/session", { method: "POST", body: { apiKey: API_KEY } }));
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

async function recordOf(cookie: string) {
  const session = await readSession(request("/", { cookie }));
  return (await getConsoleStore()).sessions.get(session!.sid);
}

describe("remote mode: the session cookie and its record", () => {
  it("signs in with a key, serves calls, and sign-out makes the copied cookie fail", async () => {
    server.use(
      userInfo(["member"]),
      http.get(`${UPSTREAM}/v4/models`, () => HttpResponse.json(specPage([specModel(1)]))),
    );
    const cookie = await signIn();
    expect(cookie).not.toContain(API_KEY);
    const models = await listModels(request("/api/models", { cookie }), noParams);
    expect(models.status).toBe(200);
    expect((await recordOf(cookie))?.accountId).toBe("acc-0");

    expect((await DELETE(request("/api/session", { method: "DELETE", cookie }))).status).toBe(204);
    const replay = await listModels(request("/api/models", { cookie }), noParams);
    expect(replay.status).toBe(401);
  });

  it("an upstream 401 ends the session: the answer clears the cookie and a replay never reaches the EGP", async () => {
    server.use(userInfo(["member"]));
    const cookie = await signIn();
    let upstreamCalls = 0;
    server.use(
      http.get(`${UPSTREAM}/v4/models`, () => {
        upstreamCalls++;
        return HttpResponse.json({ detail: "Invalid API key" }, { status: 401 });
      }),
    );
    const refused = await listModels(request("/api/models", { cookie }), noParams);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("set-cookie")).toMatch(/^egp_session=; .*Max-Age=0/);
    const text = await refused.text();
    expect(JSON.parse(text).error.code).toBe("unauthorized");
    expect(visible({ status: 401, headers: refused.headers, text, body: null })).not.toContain(API_KEY);
    expect((await recordOf(cookie))?.endReason).toBe("upstream-401");

    const replay = await whoAmI(request("/api/session", { cookie }), noParams);
    expect(replay.status).toBe(401);
    expect(upstreamCalls).toBe(1);
  });

  it("signs in to the first usable account, never a disabled one", async () => {
    server.use(userInfo(["disabled", "viewer"]));
    const cookie = await signIn();
    const summary = await (await whoAmI(request("/api/session", { cookie }), noParams)).json();
    expect(summary.accountId).toBe("acc-1");
  });

  it("refuses a key whose every role is disabled or invited", async () => {
    server.use(userInfo(["disabled", "invited"]));
    const response = await signInRoute(
      request("/api/session", { method: "POST", body: { apiKey: API_KEY } }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("a session whose selected account has no membership reads nothing: 403, and the EGP is never asked", async () => {
    let upstreamCalls = 0;
    server.use(
      http.get(`${UPSTREAM}/v4/models`, () => {
        upstreamCalls++;
        return HttpResponse.json(specPage([specModel(1)]));
      }),
    );
    const { cookie } = await sealedSignIn({
      apiKey: API_KEY,
      user: { id: "u1", email: "member@example.com", name: null },
      accounts: [{ id: "acc-0", name: "Acc 0", role: "admin" }],
      accountId: "acc-elsewhere",
    });
    const refused = await listModels(request("/api/models", { cookie }), noParams);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: "forbidden", message: "You have no access to this account." },
    });
    expect(upstreamCalls).toBe(0);
  });

  it("keeps the role of the home account even when it is past the 30 accounts a cookie holds", async () => {
    const roles = [...Array.from({ length: 30 }, () => "viewer"), "admin"];
    server.use(
      userInfo(roles),
      http.get(`${UPSTREAM}/v4/models`, () => HttpResponse.json(specPage([]))),
    );
    const cookie = await signIn();
    const summary = await (await whoAmI(request("/api/session", { cookie }), noParams)).json();
    expect(summary.accountId).toBe("acc-30");
    expect(summary.accounts).toHaveLength(30);
    expect(summary.accounts).toContainEqual({ id: "acc-30", name: "Acc 30", role: "admin" });
    expect((await listModels(request("/api/models", { cookie }), noParams)).status).toBe(200);
  });

  it("a later sign-in purges the records that ended longer ago than the retention", async () => {
    server.use(userInfo(["member"]));
    const realNow = sessionClock.now;
    try {
      const old = await signIn();
      const oldRecord = await recordOf(old);
      expect((await DELETE(request("/api/session", { method: "DELETE", cookie: old }))).status).toBe(204);
      expect((await recordOf(old))?.endReason).toBe("signed-out");
      const ended = (await recordOf(old))!.endedAt!;
      sessionClock.now = () => ended + ENDED_SESSION_RETENTION_MS + 1;
      await signIn();
      expect(await (await getConsoleStore()).sessions.get(oldRecord!.id)).toBeNull();
      expect((await whoAmI(request("/api/session", { cookie: old }), noParams)).status).toBe(401);
    } finally {
      sessionClock.now = realNow;
    }
  });
});
