import { eq } from "drizzle-orm";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DELETE, GET, POST } from "@/app/api/session/route";
import { accessProfiles, apiKeys } from "@/lib/local-egp/db/schema";
import { openConsoleStoreServer } from "@/lib/local-egp/console-store";
import { hashSecret } from "@/lib/local-egp/auth/keys";
import { KEY_CACHE_TTL_MS } from "@/lib/local-egp/auth/key-cache";
import { sessionAccessClock } from "@/lib/local-egp/session-access";
import { TEST_ADMIN_KEY } from "@/lib/local-egp/testing/open-test-egp";
import { request, withLocalConsole } from "@/tests/console/session-harness";
import { readSession } from "../session";
import { keyFingerprint, sessionClock } from "./live-session";

const local = withLocalConsole({ persistent: true });
const noParams = { params: Promise.resolve({}) };
const realNow = sessionClock.now;
afterEach(() => void (sessionClock.now = realNow));

/** Signs in through the route as the browser would; the Cookie header it then sends. */
async function signInWith(apiKey: string): Promise<string> {
  const response = await POST(request("/api/session", { method: "POST", body: { apiKey } }));
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

const whoAmI = (cookie: string) => GET(request("/api/session", { cookie }), noParams);

async function recordOf(cookie: string) {
  const session = await readSession(request("/", { cookie }));
  return local.egp.getConsoleSession(session!.sid);
}

async function newMember() {
  const email = `m-${Math.random().toString(36).slice(2)}@local`;
  return { email, ...(await local.egp.users.createUser(email, "member")) };
}

describe("sign-out ends the session on the server", () => {
  it("a copied cookie replayed after sign-out gets 401, and the record keeps no key", async () => {
    const cookie = await signInWith(TEST_ADMIN_KEY);
    expect((await whoAmI(cookie)).status).toBe(200);
    const record = await recordOf(cookie);
    expect(record).toMatchObject({ endedAt: null, keyFingerprint: keyFingerprint(TEST_ADMIN_KEY) });
    expect(JSON.stringify(record)).not.toContain(TEST_ADMIN_KEY);

    const out = await DELETE(request("/api/session", { method: "DELETE", cookie }));
    expect(out.status).toBe(204);
    const replay = await whoAmI(cookie);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({
      error: { code: "unauthorized", message: "You were signed out. Sign in again to continue." },
    });
    expect(replay.headers.get("set-cookie")).toMatch(/^egp_session=; .*Max-Age=0/);
    expect((await recordOf(cookie))?.endReason).toBe("signed-out");
  });

  it("stays ended across a restart of the embedded server on the same folder", async () => {
    const cookie = await signInWith(TEST_ADMIN_KEY);
    await DELETE(request("/api/session", { method: "DELETE", cookie }));
    await local.egp.restart();
    expect((await whoAmI(cookie)).status).toBe(401);
    const live = await signInWith(TEST_ADMIN_KEY);
    expect((await whoAmI(live)).status).toBe(200);
  });
});

describe("idle timeout and last_seen", () => {
  it("ends a session unused for SESSION_IDLE_MINUTES (60 by default)", async () => {
    const start = Date.now();
    sessionClock.now = () => start;
    const cookie = await signInWith(TEST_ADMIN_KEY);
    sessionClock.now = () => start + 59 * 60_000;
    expect((await whoAmI(cookie)).status).toBe(200);
    // That use counted: the hour runs from it.
    sessionClock.now = () => start + 118 * 60_000;
    expect((await whoAmI(cookie)).status).toBe(200);
    sessionClock.now = () => start + 178 * 60_000;
    expect((await whoAmI(cookie)).status).toBe(401);
    expect((await recordOf(cookie))?.endReason).toBe("idle");
    sessionClock.now = () => start + 178 * 60_000 + 1;
    expect((await whoAmI(cookie)).status).toBe(401);
  });

  it("writes last_seen at most once a minute", async () => {
    const start = Date.now();
    sessionClock.now = () => start;
    const cookie = await signInWith(TEST_ADMIN_KEY);
    sessionClock.now = () => start + 59_000;
    await whoAmI(cookie);
    expect((await recordOf(cookie))?.lastSeenAt).toBe(start);
    sessionClock.now = () => start + 61_000;
    await whoAmI(cookie);
    expect((await recordOf(cookie))?.lastSeenAt).toBe(start + 61_000);
  });
});

describe("a revoked key or a removed user ends the session", () => {
  it("deleting the key's row from outside this process: 401 within the cache bound, the record ended", async () => {
    const { apiKey } = await newMember();
    const cookie = await signInWith(apiKey);
    expect((await whoAmI(cookie)).status).toBe(200);
    // A write the embedded server did not make (another replica, the users CLI) is not seen at once.
    let at = performance.now();
    const clock = vi.spyOn(sessionAccessClock, "now").mockImplementation(() => at);
    try {
      expect((await whoAmI(cookie)).status).toBe(200);
      await local.egp.db.delete(apiKeys).where(eq(apiKeys.keyHash, hashSecret(apiKey)));
      expect((await whoAmI(cookie)).status).toBe(200);
      at += KEY_CACHE_TTL_MS;
      expect((await whoAmI(cookie)).status).toBe(401);
    } finally {
      clock.mockRestore();
    }
    expect((await recordOf(cookie))?.endReason).toBe("key-revoked");
  });

  it("removing the user's access profiles ends every session of that user", async () => {
    const { apiKey, userId } = await newMember();
    const first = await signInWith(apiKey);
    const second = await signInWith(apiKey);
    await local.egp.db.delete(accessProfiles).where(eq(accessProfiles.userId, userId));
    expect((await whoAmI(first)).status).toBe(401);
    expect((await recordOf(second))?.endReason).toBe("user-removed");
    expect((await whoAmI(second)).status).toBe(401);
  });
});

describe("the console store on its own (remote mode's)", () => {
  it("a session ended before a restart is still ended by a new instance on the same PGlite folder", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "console-store-"));
    try {
      const first = await openConsoleStoreServer({ dataDir: dir });
      const record = {
        id: "s".repeat(32),
        userId: "u1",
        accountId: "acc",
        keyFingerprint: keyFingerprint("k"),
        createdAt: 1_000,
        expiresAt: 10_000_000,
      };
      await first.createConsoleSession(record);
      expect(await first.endConsoleSession(record.id, 2_000, "signed-out")).toBe(true);
      await first.close();
      const second = await openConsoleStoreServer({ dataDir: dir });
      expect(await second.getConsoleSession(record.id)).toMatchObject({
        endedAt: 2_000,
        endReason: "signed-out",
      });
      expect(await second.endConsoleSession(record.id, 3_000, "idle")).toBe(false);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
