import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { insertUsageEvent, usageBuckets, type UsageEvent } from "./usage";

// Usage events on PGlite (and PostgreSQL under scripts/with-postgres.sh).
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp();
});
afterAll(async () => {
  await egp.close();
});

const at = new Date("2026-12-02T10:00:00Z");
const event = (over: Partial<UsageEvent>): UsageEvent => ({
  accountId: "acc-usage",
  deploymentId: "dep-usage",
  modelId: "model-usage",
  modelName: "usage-model",
  modelGroupId: null,
  at,
  promptTokens: 1,
  responseTokens: 2,
  latencyMs: 5,
  error: false,
  ...over,
});

describe("usage events", () => {
  test("events of one turn go in together, and every caller's is stored", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => insertUsageEvent(egp.db, event({ promptTokens: i + 1 }))),
    );
    // Rows one statement inserted (each its own transaction) share the transaction id, xmin.
    const { rows } = (await egp.db.execute(
      sql`select count(*)::int as rows, count(distinct xmin::text)::int as inserts from usage_events where account_id = 'acc-usage'`,
    )) as unknown as { rows: { rows: number; inserts: number }[] };
    // Twelve callers in one turn of the event loop: one insert (coalesce.ts).
    expect(rows[0]).toEqual({ rows: 12, inserts: 1 });
    const [sum] = await usageBuckets(
      egp.db,
      "acc-usage",
      { deploymentId: "dep-usage" },
      { start: new Date(at.getTime() - 60_000), end: new Date(at.getTime() + 60_000), chunks: 1 },
    );
    expect(sum.requests).toBe(12);
    expect(sum.promptTokens).toBe(78);
  });
});
