import { describe, expect, it, vi } from "vitest";
import { POST as signIn } from "@/app/api/session/route";
import { request, signIn as signInAs, withLocalConsole } from "@/tests/console/session-harness";
import { noStore } from "./no-store";
import { withSession } from "./with-session";

const local = withLocalConsole({ secret: "unit-test-session-secret-0123456789abcdef" });

/** A request from a viewer signed in for real (a live session record and a key the server knows). */
async function signedIn(method = "GET") {
  const { egp } = local;
  const { userId, apiKey } = await egp.users.createUser(`viewer-${crypto.randomUUID()}@local`, "viewer");
  const { cookie } = await signInAs({
    apiKey,
    user: { id: userId, email: "a@b.c", name: null },
    accounts: [{ id: egp.bootstrap.accountId, name: "Local", role: "viewer" }],
    accountId: egp.bootstrap.accountId,
  });
  return request("/api/x", { method, cookie });
}

const args = { params: Promise.resolve({}) };

describe("authenticated answers are not cached", () => {
  it("on success and on failure from a withSession route", async () => {
    const ok = withSession(async () => Response.json({ items: [] }));
    const succeeded = await ok(await signedIn(), args);
    expect(succeeded.status).toBe(200);
    expect(succeeded.headers.get("cache-control")).toBe("no-store");
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    const failing = withSession(async () => {
      throw new Error("boom");
    });
    const failed = await failing(await signedIn(), args);
    expect(failed.status).toBe(500);
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const viewerPost = withSession(async () => Response.json({}), { action: "models:write" });
    const refused = await viewerPost(await signedIn("POST"), args);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("on the sign-in route's answers", async () => {
    const rejected = await signIn(
      new Request("http://console.test/api/session", { method: "POST", headers: { host: "console.test" } }),
    );
    expect(rejected.status).toBe(403);
    expect(rejected.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps no-transform for streams and copies immutable responses", async () => {
    const stream = new Response("data: x\n\n", { headers: { "cache-control": "no-cache, no-transform" } });
    expect(noStore(stream).headers.get("cache-control")).toBe("no-store, no-transform");
    const fetched = await fetch("data:application/json,{}");
    const copied = noStore(fetched);
    expect(copied.headers.get("cache-control")).toBe("no-store");
    expect(await copied.json()).toEqual({});
  });
});
