import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { ENDED_SESSION_RETENTION_MS, type NewConsoleSession } from "./console-sessions";

// The purge of ended and expired sign-ins, on PGlite (and PostgreSQL under scripts/with-postgres.sh).
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp.close();
});

const HOUR = 3600_000;
const T0 = Date.UTC(2026, 0, 1);
let n = 0;
const session = (createdAt: number, ttl = 12 * HOUR): NewConsoleSession => ({
  id: `purge-${++n}-${"x".repeat(20)}`,
  userId: "u-purge",
  accountId: "acc",
  keyFingerprint: "f".repeat(64),
  createdAt,
  expiresAt: createdAt + ttl,
});

describe("console_sessions purge", () => {
  test("a sign-in drops records ended or expired longer ago than the retention, and keeps the rest", async () => {
    const endedLongAgo = session(T0);
    const expiredLongAgo = session(T0, HOUR);
    const endedRecently = session(T0);
    const live = session(T0, 90 * 24 * HOUR);
    for (const s of [endedLongAgo, expiredLongAgo, endedRecently, live]) await egp.createConsoleSession(s);
    await egp.endConsoleSession(endedLongAgo.id, T0 + HOUR, "signed-out");
    const now = T0 + 2 * HOUR + ENDED_SESSION_RETENTION_MS;
    await egp.endConsoleSession(endedRecently.id, now - HOUR, "idle");

    const next = session(now);
    await egp.createConsoleSession(next);

    expect(await egp.getConsoleSession(endedLongAgo.id)).toBeNull();
    expect(await egp.getConsoleSession(expiredLongAgo.id)).toBeNull();
    expect(await egp.getConsoleSession(endedRecently.id)).toMatchObject({ endReason: "idle" });
    expect(await egp.getConsoleSession(live.id)).toMatchObject({ endedAt: null });
    expect(await egp.getConsoleSession(next.id)).toMatchObject({ endedAt: null });
  });

  test("a record is kept until exactly the retention has passed since it ended", async () => {
    const s = session(T0 + 1000 * HOUR);
    await egp.createConsoleSession(s);
    const endedAt = s.createdAt + HOUR;
    await egp.endConsoleSession(s.id, endedAt, "signed-out");
    await egp.createConsoleSession(session(endedAt + ENDED_SESSION_RETENTION_MS));
    expect(await egp.getConsoleSession(s.id)).not.toBeNull();
    await egp.createConsoleSession(session(endedAt + ENDED_SESSION_RETENTION_MS + 1));
    expect(await egp.getConsoleSession(s.id)).toBeNull();
  });
});
