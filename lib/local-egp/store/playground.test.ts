import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { newRun, recordOf } from "../testing/playground-run";
import type { NewPlaygroundRun, PlaygroundRunRecord } from "./playground";
import { PruneSchedule } from "./prune-schedule";

// The playground's runs and presets in the console's store, on PGlite (and PostgreSQL under
// scripts/with-postgres.sh): account scoping, ownership, search, retention.
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp.close();
});

let clock = 1_000_000;
const run = (over: Partial<PlaygroundRunRecord> = {}): NewPlaygroundRun =>
  newRun(
    {
      id: crypto.randomUUID(),
      accountId: "acc-a",
      userId: "alice",
      userLabel: "alice@example.com",
      modelType: "COMPLETION",
      modelId: "m1",
      deploymentId: "d1",
      label: "Echo",
      input: { prompt: "Once upon a time" },
      output: { text: "there was" },
      ok: true,
      error: null,
      latencyMs: 12,
      tokens: 7,
      summary: "there was",
      createdAt: clock++,
    },
    over,
  );

describe("playground runs", () => {
  test("a run reads back whole in its account only", async () => {
    const saved = run({ input: { prompt: "p", temperature: 0.2 } });
    await egp.savePlaygroundRun(saved);
    expect(await egp.getPlaygroundRun("acc-a", saved.id)).toEqual(recordOf(saved));
    expect(await egp.getPlaygroundRun("acc-b", saved.id)).toBeNull();
  });

  test("lists newest first, the user's or the account's, searchable in the input", async () => {
    const bob = run({
      userId: "bob",
      userLabel: "bob@example.com",
      input: { texts: ["Zebra 100% stripes"] },
    });
    const other = run({ accountId: "acc-b", input: { texts: ["Zebra"] } });
    const failed = run({ ok: false, error: "The deployment is not READY", output: null });
    for (const r of [bob, other, failed]) await egp.savePlaygroundRun(r);

    const account = await egp.listPlaygroundRuns({ accountId: "acc-a" });
    expect(account.map((r) => r.id).slice(0, 2)).toEqual([failed.id, bob.id]);
    expect(account.every((r) => r.accountId === "acc-a")).toBe(true);
    expect(account[0]).not.toHaveProperty("input");
    expect(account[0]).not.toHaveProperty("output");

    const mine = await egp.listPlaygroundRuns({ accountId: "acc-a", userId: "alice" });
    expect(mine.some((r) => r.id === bob.id)).toBe(false);

    expect((await egp.listPlaygroundRuns({ accountId: "acc-a", q: "zebra" })).map((r) => r.id)).toEqual([
      bob.id,
    ]);
    // LIKE's wildcards are matched as text.
    expect((await egp.listPlaygroundRuns({ accountId: "acc-a", q: "100%" })).map((r) => r.id)).toEqual([
      bob.id,
    ]);
    expect((await egp.listPlaygroundRuns({ accountId: "acc-a", q: "0_%" })).length).toBe(0);
    expect((await egp.listPlaygroundRuns({ accountId: "acc-a", q: "not ready" })).map((r) => r.id)).toEqual([
      failed.id,
    ]);
    const older = await egp.listPlaygroundRuns({ accountId: "acc-a", before: bob.createdAt });
    expect(older.every((r) => r.createdAt < bob.createdAt)).toBe(true);
  });

  test("only the user who ran it deletes a run", async () => {
    const saved = run();
    await egp.savePlaygroundRun(saved);
    expect(await egp.deletePlaygroundRun("acc-a", "bob", saved.id)).toBe("not-owner");
    expect(await egp.deletePlaygroundRun("acc-b", "alice", saved.id)).toBe("not-found");
    expect(await egp.deletePlaygroundRun("acc-a", "alice", saved.id)).toBe("deleted");
    expect(await egp.getPlaygroundRun("acc-a", saved.id)).toBeNull();
    expect(await egp.deletePlaygroundRun("acc-a", "alice", saved.id)).toBe("not-found");
  });

  test("keeps each user's newest runs, pruning the older ones once every pruneEvery saves", async () => {
    const { runsPerUser, pruneEvery } = PLAYGROUND_LIMITS;
    const saved: NewPlaygroundRun[] = [];
    const save = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const next = run({ userId: "carol", accountId: "acc-c" });
        await egp.savePlaygroundRun(next);
        saved.push(next);
      }
    };
    // Pruned at the first save, then at saves 1 + pruneEvery, 1 + 2 × pruneEvery, …
    await save(1 + runsPerUser);
    expect((await countOf("acc-c")).n).toBe(runsPerUser);
    expect(await egp.getPlaygroundRun("acc-c", saved[0].id)).toBeNull();
    // Between prunes the older runs wait, never more than pruneEvery − 1 of them.
    await save(pruneEvery - 1);
    const between = await countOf("acc-c");
    expect(between.n).toBe(runsPerUser + pruneEvery - 1);
    const newest = saved.slice(-runsPerUser).map((r) => r.id);
    expect(newest.every((id) => between.ids.has(id))).toBe(true);
    await save(1);
    const after = await countOf("acc-c");
    expect(after.n).toBe(runsPerUser);
    expect([...after.ids].sort()).toEqual(
      saved
        .slice(-runsPerUser)
        .map((r) => r.id)
        .sort(),
    );
  }, 60_000);
});

describe("PruneSchedule", () => {
  test("due at a user's first save, then at the save that brings theirs to `every`, each run counted", () => {
    const schedule = new PruneSchedule(3);
    const ana = { accountId: "acc", userId: "ana" };
    const ben = { accountId: "acc", userId: "ben" };
    expect(schedule.due([ana])).toEqual([ana]);
    schedule.saved([ana], [ana]);
    expect(schedule.due([ana, ben])).toEqual([ben]);
    schedule.saved([ana, ben], [ben]);
    expect(schedule.due([ana])).toEqual([]);
    // ana has 1 since her prune: a batch with two more of hers reaches 3.
    expect(schedule.due([ana, ana, ben])).toEqual([ana]);
    // A save that failed records nothing: the prune stays due.
    expect(schedule.due([ana, ana])).toEqual([ana]);
    schedule.saved([ana, ana], [ana]);
    expect(schedule.due([ana, ana])).toEqual([]);
  });
});

async function countOf(accountId: string) {
  const ids = new Set<string>();
  let before: number | undefined;
  for (;;) {
    const page = await egp.listPlaygroundRuns({ accountId, before });
    for (const r of page) ids.add(r.id);
    if (page.length < PLAYGROUND_LIMITS.page) return { n: ids.size, ids };
    before = page[page.length - 1].createdAt;
  }
}

describe("playground presets", () => {
  const preset = (over: Partial<Parameters<TestEgp["savePlaygroundPreset"]>[0]> = {}) => ({
    id: crypto.randomUUID(),
    accountId: "acc-a",
    userId: "alice",
    userLabel: "alice@example.com",
    name: "Short story",
    modelType: "COMPLETION",
    input: { prompt: "Once" },
    shared: false,
    at: clock++,
    ...over,
  });

  test("a name saves again in place; others see only shared ones", async () => {
    const first = await egp.savePlaygroundPreset(preset());
    const again = await egp.savePlaygroundPreset(preset({ input: { prompt: "Twice" }, shared: true }));
    expect(again?.id).toBe(first?.id);
    expect(again).toMatchObject({ input: { prompt: "Twice" }, shared: true });
    const hidden = await egp.savePlaygroundPreset(preset({ name: "Private" }));

    const bobSees = await egp.listPlaygroundPresets("acc-a", "bob");
    expect(bobSees.map((p) => p.id)).toEqual([first?.id]);
    const aliceSees = await egp.listPlaygroundPresets("acc-a", "alice", ["COMPLETION"]);
    expect(aliceSees.map((p) => p.id)).toEqual([hidden?.id, first?.id]);
    expect(await egp.listPlaygroundPresets("acc-a", "alice", ["EMBEDDING"])).toEqual([]);
    expect(await egp.listPlaygroundPresets("acc-b", "alice")).toEqual([]);

    expect(await egp.deletePlaygroundPreset("acc-a", "bob", first!.id)).toBe("not-owner");
    expect(await egp.deletePlaygroundPreset("acc-a", "bob", hidden!.id)).toBe("not-found");
    expect(await egp.deletePlaygroundPreset("acc-a", "alice", hidden!.id)).toBe("deleted");
  });

  test("a user's presets are bounded", async () => {
    for (let i = 0; i < PLAYGROUND_LIMITS.presetsPerUser; i++) {
      expect(await egp.savePlaygroundPreset(preset({ userId: "dave", name: `p${i}` }))).not.toBeNull();
    }
    expect(await egp.savePlaygroundPreset(preset({ userId: "dave", name: "one more" }))).toBeNull();
    // Saving an existing name again still works at the limit.
    expect(
      await egp.savePlaygroundPreset(preset({ userId: "dave", name: "p0", shared: true })),
    ).toMatchObject({
      shared: true,
    });
  }, 60_000);
});
