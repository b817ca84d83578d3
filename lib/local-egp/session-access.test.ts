import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { KEY_CACHE_TTL_MS } from "./auth/key-cache";
import { hashSecret } from "./auth/keys";
import { accessProfiles, apiKeys } from "./db/schema";
import { sessionAccessClock } from "./session-access";
import { openTestEgp, type TestEgp } from "./testing/open-test-egp";

// The console's fingerprint of a key (lib/auth/live-session.ts; this folder stands alone, so it is restated).
const keyFingerprint = (apiKey: string) => createHash("sha256").update(apiKey).digest("hex");

// sessionAccess answers in one query what getConsoleSession and keyAccess answer in two: the same.
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp.close();
});

let n = 0;
async function signedIn(role: "member" | "viewer" = "member") {
  const email = `s${n++}-${Math.random().toString(36).slice(2)}@local`;
  const { userId, apiKey } = await egp.users.createUser(email, role);
  const sid = `sid-${"x".repeat(20)}-${n}`;
  await egp.createConsoleSession({
    id: sid,
    userId,
    accountId: egp.bootstrap.accountId,
    keyFingerprint: keyFingerprint(apiKey),
    createdAt: 1_000,
    expiresAt: 10_000_000_000_000,
  });
  return { sid, userId, apiKey };
}

/** What the two separate calls say. */
async function apart(sid: string, apiKey: string, accountId: string) {
  const record = await egp.getConsoleSession(sid);
  return { record, access: record ? await egp.keyAccess(apiKey, accountId) : null };
}

describe("sessionAccess", () => {
  test("a live member: the record and the role in the account", async () => {
    const { sid, userId, apiKey } = await signedIn("viewer");
    const together = await egp.sessionAccess(sid, apiKey, egp.bootstrap.accountId);
    expect(together).toEqual(await apart(sid, apiKey, egp.bootstrap.accountId));
    expect(together.access).toEqual({ userId, role: "viewer", anyProfile: true });
    expect(together.record).toMatchObject({ id: sid, userId, endedAt: null });
  });

  test("another account: no role there, a profile elsewhere", async () => {
    const { sid, apiKey } = await signedIn();
    const together = await egp.sessionAccess(sid, apiKey, "another-account");
    expect(together).toEqual(await apart(sid, apiKey, "another-account"));
    expect(together.access).toMatchObject({ role: null, anyProfile: true });
  });

  test("a revoked key and a user without profiles", async () => {
    const revoked = await signedIn();
    await egp.db
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(eq(apiKeys.keyHash, hashSecret(revoked.apiKey)));
    const afterRevoke = await egp.sessionAccess(revoked.sid, revoked.apiKey, egp.bootstrap.accountId);
    expect(afterRevoke.access).toBeNull();
    expect(afterRevoke.record?.id).toBe(revoked.sid);

    const removed = await signedIn();
    await egp.db.delete(accessProfiles).where(eq(accessProfiles.userId, removed.userId));
    const afterRemoval = await egp.sessionAccess(removed.sid, removed.apiKey, egp.bootstrap.accountId);
    expect(afterRemoval).toEqual(await apart(removed.sid, removed.apiKey, egp.bootstrap.accountId));
    expect(afterRemoval.access).toEqual({ userId: removed.userId, role: null, anyProfile: false });
  });

  test("an ended session still reads back; an unknown one is null", async () => {
    const { sid, apiKey } = await signedIn();
    await egp.endConsoleSession(sid, 2_000, "signed-out");
    const ended = await egp.sessionAccess(sid, apiKey, egp.bootstrap.accountId);
    expect(ended.record).toMatchObject({ endedAt: 2_000, endReason: "signed-out" });
    expect(await egp.sessionAccess("no-such-session", apiKey, egp.bootstrap.accountId)).toEqual({
      record: null,
      access: null,
    });
  });

  test("answers are kept until a write of this process, or KEY_CACHE_TTL_MS for another's", async () => {
    const { sid, apiKey } = await signedIn();
    let at = 5_000;
    const clock = vi.spyOn(sessionAccessClock, "now").mockImplementation(() => at);
    try {
      const account = egp.bootstrap.accountId;
      expect((await egp.sessionAccess(sid, apiKey, account)).access).not.toBeNull();
      // Another process revokes the key: not seen until the kept answer is KEY_CACHE_TTL_MS old.
      await egp.db
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(eq(apiKeys.keyHash, hashSecret(apiKey)));
      at += KEY_CACHE_TTL_MS - 1;
      expect((await egp.sessionAccess(sid, apiKey, account)).access).not.toBeNull();
      at += 1;
      expect((await egp.sessionAccess(sid, apiKey, account)).access).toBeNull();
      // This process's own writes are seen on the next call, with no time passing.
      const other = await signedIn();
      expect((await egp.sessionAccess(other.sid, other.apiKey, account)).record?.endedAt).toBeNull();
      await egp.touchConsoleSession(other.sid, 9_000);
      expect((await egp.sessionAccess(other.sid, other.apiKey, account)).record?.lastSeenAt).toBe(9_000);
      await egp.endConsoleSession(other.sid, 9_500, "signed-out");
      expect((await egp.sessionAccess(other.sid, other.apiKey, account)).record?.endedAt).toBe(9_500);
    } finally {
      clock.mockRestore();
    }
  });
});
