import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { playgroundRun, recordOf } from "../testing/playground-run";
import { startConsoleStoreWorker, startLocalEgpWorker } from "./client";

// The calls the console makes across the thread: remote mode's console-store worker on a PGlite folder
// (restarted on it), and the embedded server's own session-check call.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "console-store-worker-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record = {
  id: "w".repeat(32),
  userId: "u1",
  accountId: "acc",
  keyFingerprint: "f".repeat(64),
  createdAt: 1_000,
  expiresAt: 9_000_000,
};

describe("the console-store worker (remote mode)", () => {
  test("keeps sessions across a restart on the same folder", async () => {
    const first = await startConsoleStoreWorker({ dataDir: dir });
    await first.createConsoleSession(record);
    await first.touchConsoleSession(record.id, 5_000);
    await first.touchConsoleSession(record.id, 4_000);
    expect(await first.getConsoleSession(record.id)).toMatchObject({ lastSeenAt: 5_000, endedAt: null });
    expect(await first.endConsoleSessionsForUser("u1", 6_000, "user-removed")).toBe(1);
    await first.close();

    const second = await startConsoleStoreWorker({ dataDir: dir });
    expect(await second.getConsoleSession(record.id)).toMatchObject({
      endedAt: 6_000,
      endReason: "user-removed",
    });
    await second.close();
  }, 60_000);

  test("keeps playground runs and presets across a restart, scoped to their account", async () => {
    const runDir = await mkdtemp(path.join(os.tmpdir(), "console-store-runs-"));
    try {
      const run = playgroundRun({
        id: "r".repeat(36),
        accountId: "acc",
        userId: "u1",
        userLabel: "u1@example.com",
        modelType: "EMBEDDING",
        modelId: "m",
        deploymentId: "d",
        label: "Mini",
        input: { texts: ["a"] },
        output: null,
        ok: false,
        error: "The deployment is not READY",
        latencyMs: 3,
        tokens: null,
        summary: "The deployment is not READY",
        createdAt: 2_000,
      });
      const first = await startConsoleStoreWorker({ dataDir: runDir });
      await first.savePlaygroundRun(run);
      const preset = { id: "p1", accountId: "acc", userId: "u1", userLabel: "u1@example.com" };
      await first.savePlaygroundPreset({
        ...preset,
        name: "n",
        modelType: "EMBEDDING",
        input: {},
        shared: true,
        at: 1,
      });
      await first.close();

      const second = await startConsoleStoreWorker({ dataDir: runDir });
      expect(await second.getPlaygroundRun("acc", run.id)).toEqual(recordOf(run));
      expect(await second.getPlaygroundRun("other", run.id)).toBeNull();
      expect(await second.listPlaygroundRuns({ accountId: "acc", q: "ready" })).toHaveLength(1);
      expect(await second.listPlaygroundPresets("acc", "u2")).toHaveLength(1);
      expect(await second.deletePlaygroundRun("acc", "u2", run.id)).toBe("not-owner");
      expect(await second.deletePlaygroundPreset("acc", "u1", "p1")).toBe("deleted");
      await second.close();
    } finally {
      await rm(runDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the embedded server's worker", () => {
  test("answers keyAccess and sessionAccess: the key's user and role, null for an unknown key", async () => {
    const key = "egp_console_store_worker_key_0123456789";
    const egp = await startLocalEgpWorker({ dataDir: "memory://", adminKey: key, quiet: true });
    try {
      expect(await egp.keyAccess(key, egp.bootstrap.accountId)).toEqual({
        userId: egp.bootstrap.adminUserId,
        role: "admin",
        anyProfile: true,
      });
      expect(await egp.keyAccess(key, "elsewhere")).toMatchObject({ role: null, anyProfile: true });
      expect(await egp.keyAccess("egp_unknown", egp.bootstrap.accountId)).toBeNull();
      await egp.createConsoleSession(record);
      expect((await egp.getConsoleSession(record.id))?.userId).toBe("u1");
      // The session check's one trip: the record and the key's access together.
      expect(await egp.sessionAccess(record.id, key, egp.bootstrap.accountId)).toEqual({
        record: await egp.getConsoleSession(record.id),
        access: { userId: egp.bootstrap.adminUserId, role: "admin", anyProfile: true },
      });
      expect(await egp.sessionAccess("no-such-session", "egp_unknown", "elsewhere")).toEqual({
        record: null,
        access: null,
      });
    } finally {
      await egp.close();
    }
  }, 60_000);
});
