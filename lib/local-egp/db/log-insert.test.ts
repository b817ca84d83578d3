import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { appendToLog } from "./log-insert";
import { playgroundRuns, usageEvents } from "./schema";

// The logs' insert, written by hand for speed, stores what drizzle's insert would: on PGlite here, and on
// PostgreSQL under scripts/with-postgres.sh.
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp.close();
});

const event = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  accountId: "acc-log",
  deploymentId: "d1",
  modelId: "m1",
  modelName: "hash",
  modelGroupId: "g1",
  at: new Date("2026-12-02T06:00:00.250Z"),
  promptTokens: 3,
  responseTokens: 0,
  latencyMs: 12,
  error: false,
  ...over,
});

describe("appending to a log", () => {
  test("several rows in one insert, undefined as NULL, times to the millisecond", async () => {
    await appendToLog(egp.db, usageEvents, [
      event("e1"),
      event("e2", { modelGroupId: undefined, error: true, at: new Date("2026-12-02T06:00:01.000Z") }),
    ]);
    const rows = await egp.db.select().from(usageEvents).orderBy(asc(usageEvents.id));
    expect(rows.filter((r) => r.accountId === "acc-log")).toEqual([
      event("e1"),
      event("e2", { modelGroupId: null, error: true, at: new Date("2026-12-02T06:00:01.000Z") }),
    ]);
  });

  test("json and jsonb columns take JSON text, parsed by the database; a text holding quotes stays a string", async () => {
    const run = {
      id: "r-log",
      accountId: "acc-log",
      userId: "u",
      userLabel: "u@example.com",
      modelType: "EMBEDDING",
      modelId: "m1",
      deploymentId: "d1",
      label: 'it\'s "quoted"',
      input: JSON.stringify({ texts: ["a", "b's"] }),
      output: JSON.stringify({ embeddings: [["a", [0.5, -1e-7]]], tokens_used: 1 }),
      ok: true,
      error: null,
      latencyMs: 1,
      tokens: null,
      summary: "1 vector × 2 dimensions",
      createdAt: new Date(5_000),
    };
    await appendToLog(egp.db, playgroundRuns, [run, { ...run, id: "r-log-2", output: null }]);
    const rows = await egp.db.select().from(playgroundRuns).orderBy(asc(playgroundRuns.id));
    expect(rows.filter((r) => r.accountId === "acc-log")).toEqual([
      {
        ...run,
        input: { texts: ["a", "b's"] },
        output: { embeddings: [["a", [0.5, -1e-7]]], tokens_used: 1 },
      },
      { ...run, id: "r-log-2", input: { texts: ["a", "b's"] }, output: null },
    ]);
  });

  test("invalid JSON text is refused by the database, and nothing of the insert is kept", async () => {
    const bad = { id: "r-bad", accountId: "acc-bad", userId: "u", userLabel: "u", modelType: "EMBEDDING" };
    const row = { ...bad, modelId: "m", deploymentId: "d", label: "l", ok: true, error: null, latencyMs: 1 };
    const full = { ...row, tokens: null, summary: "s", createdAt: new Date(1) };
    await expect(
      appendToLog(egp.db, playgroundRuns, [
        { ...full, id: "r-ok", input: "{}", output: null },
        { ...full, input: "{not json", output: null },
      ]),
    ).rejects.toThrow();
    const rows = await egp.db.select().from(playgroundRuns);
    expect(rows.filter((r) => r.accountId === "acc-bad")).toEqual([]);
  });
});
