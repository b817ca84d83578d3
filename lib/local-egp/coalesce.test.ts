import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import { coalesced } from "./coalesce";
import { openTestEgp } from "./testing/open-test-egp";
import { playgroundRun } from "./testing/playground-run";

/** A write that records each call's items and finishes when the test lets it. */
function recordingWrite(fail: (item: number) => boolean = () => false) {
  const calls: number[][] = [];
  const gates: (() => void)[] = [];
  const write = (items: number[]) => {
    calls.push(items);
    return new Promise<void>((resolve, reject) => {
      gates.push(() => (items.some(fail) ? reject(new Error(`bad ${items.join(",")}`)) : resolve()));
    });
  };
  const openNext = async () => {
    while (gates.length === 0) await new Promise((r) => setImmediate(r));
    gates.shift()!();
  };
  return { calls, write, openNext };
}

describe("coalesced", () => {
  test("writes what came in one turn together, and everything that came meanwhile in the next write", async () => {
    const { calls, write, openNext } = recordingWrite();
    let started!: () => void;
    const save = coalesced(write, { gather: (start) => (started = start) });
    const first = [save(1), save(2)];
    // Nothing is written before the turn ends (here: before the test says so).
    expect(calls).toEqual([]);
    started();
    expect(calls).toEqual([[1, 2]]);
    const rest = [save(3), save(4), save(5)];
    expect(calls).toEqual([[1, 2]]);
    await openNext();
    await Promise.all(first);
    await openNext();
    await Promise.all(rest);
    expect(calls).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    // Idle again: the next item waits for its own turn, then goes alone.
    const later = save(6);
    expect(calls).toHaveLength(2);
    started();
    expect(calls.at(-1)).toEqual([6]);
    await openNext();
    await later;
  });

  test("by default a write starts after the event loop's turn, taking the turn's items", async () => {
    const { calls, write, openNext } = recordingWrite();
    const save = coalesced(write);
    const saved = Promise.all([save(1), save(2), Promise.resolve().then(() => save(3))]);
    await Promise.resolve();
    expect(calls).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([[1, 2, 3]]);
    await openNext();
    await saved;
  });

  test("a failed batch is tried item by item, so only the bad item's caller fails", async () => {
    const { calls, write, openNext } = recordingWrite((item) => item === 3);
    const save = coalesced(write, { gather: (start) => start() });
    const first = save(1);
    const rest = [2, 3, 4].map((n) =>
      save(n).then(
        () => "saved",
        (e: Error) => e.message,
      ),
    );
    for (let i = 0; i < 5; i++) await openNext();
    await first;
    expect(await Promise.all(rest)).toEqual(["saved", "bad 3", "saved"]);
    expect(calls).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });
});

describe("playground runs saved together", () => {
  test("concurrent saves past the limit keep each user's newest runs, the older within the prune's bound", async () => {
    const egp = await openTestEgp();
    try {
      const run = (userId: string) =>
        playgroundRun({ userId, userLabel: `${userId}@example.com`, output: { embeddings: [[0.5]] } });
      const { runsPerUser, pruneEvery } = PLAYGROUND_LIMITS;
      // 1 in 10 for bob: alice saves 585, past her limit and the prune schedule's slack.
      const runs = Array.from({ length: runsPerUser + 150 }, (_, i) => run(i % 10 === 0 ? "bob" : "alice"));
      await Promise.all(runs.map((r) => egp.savePlaygroundRun(r)));
      const alice = runs.filter((r) => r.userId === "alice");
      const idsOf = async (userId: string) => {
        const ids: string[] = [];
        let before: number | undefined;
        for (;;) {
          const page = await egp.listPlaygroundRuns({ accountId: "acc", userId, before });
          ids.push(...page.map((r) => r.id));
          if (page.length < PLAYGROUND_LIMITS.page) return ids.sort();
          before = page[page.length - 1].createdAt;
        }
      };
      const held = await idsOf("alice");
      const newest = alice.slice(-runsPerUser).map((r) => r.id);
      expect(newest.filter((id) => !held.includes(id))).toEqual([]);
      expect(held.length).toBeLessThanOrEqual(runsPerUser + pruneEvery - 1);
      // What is held beyond the newest is hers and among the newest she saved since a prune.
      const recent = new Set(alice.slice(-(runsPerUser + pruneEvery - 1)).map((r) => r.id));
      expect(held.filter((id) => !recent.has(id))).toEqual([]);
      const bob = runs.filter((r) => r.userId === "bob").map((r) => r.id);
      expect(await idsOf("bob")).toEqual(bob.sort());
    } finally {
      await egp.close();
    }
  }, 60_000);

  test("a prune that fails leaves the runs saved, and is tried again at the user's next save", async () => {
    const egp = await openTestEgp();
    try {
      await egp.db.execute(sql`create table prune_attempts (at timestamptz default now())`);
      await egp.db.execute(sql`create function refuse_prune() returns trigger language plpgsql as
        $$ begin raise exception 'prune refused'; end $$`);
      await egp.db.execute(sql`create trigger refuse_prune before delete on playground_runs
        for each statement execute function refuse_prune()`);
      const ids = Array.from({ length: 3 }, () => crypto.randomUUID());
      const results = await Promise.allSettled(
        ids.map((id, i) =>
          egp.savePlaygroundRun(playgroundRun({ id, userId: "carol", createdAt: 5_000 + i })),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      for (const id of ids) expect(await egp.getPlaygroundRun("acc", id)).not.toBeNull();
      // Now a delete only counts itself: carol's next save prunes (once), the one after waits its turn.
      await egp.db.execute(sql`drop trigger refuse_prune on playground_runs`);
      await egp.db.execute(sql`create function count_prune() returns trigger language plpgsql as
        $$ begin insert into prune_attempts default values; return null; end $$`);
      await egp.db.execute(sql`create trigger count_prune after delete on playground_runs
        for each statement execute function count_prune()`);
      await egp.savePlaygroundRun(playgroundRun({ userId: "carol", createdAt: 6_000 }));
      await egp.savePlaygroundRun(playgroundRun({ userId: "carol", createdAt: 6_001 }));
      const attempts = (await egp.db.execute(
        sql`select count(*)::int as n from prune_attempts`,
      )) as unknown as {
        rows: { n: number }[];
      };
      expect(attempts.rows[0].n).toBe(1);
    } finally {
      await egp.close();
    }
  }, 60_000);
});
