import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as signIn } from "@/app/api/session/route";
import { resetEnv } from "../env";
import { SESSION_COOKIE, newSession, sealSession } from "../session";
import { noStore } from "./no-store";
import { withSession } from "./with-session";

beforeAll(() => {
  process.env.SESSION_SECRET = "unit-test-session-secret-0123456789abcdef";
  delete process.env.EGP_API_URL;
  resetEnv();
});

async function signedIn(method = "GET") {
  const seal = await sealSession(
    newSession({
      apiKey: "k",
      user: { id: "u1", email: "a@b.c", name: null },
      accounts: [{ id: "acc", name: "Acc", role: "viewer" }],
      accountId: "acc",
    }),
  );
  return new Request("http://console.test/api/x", {
    method,
    headers: {
      host: "console.test",
      origin: "http://console.test",
      cookie: `${SESSION_COOKIE}=${encodeURIComponent(seal)}`,
    },
  });
}

const args = { params: Promise.resolve({}) };

describe("authenticated answers are not cached", () => {
  it("on success and on failure from a withSession route", async () => {
    const ok = withSession(async () => Response.json({ items: [] }));
    expect((await ok(await signedIn(), args)).headers.get("cache-control")).toBe("no-store");
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    const failing = withSession(async () => {
      throw new Error("boom");
    });
    const failed = await failing(await signedIn(), args);
    expect(failed.status).toBe(500);
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const viewerPost = withSession(async () => Response.json({}), { role: "member" });
    expect((await viewerPost(await signedIn("POST"), args)).headers.get("cache-control")).toBe("no-store");
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
