import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
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
  test("events that arrive while one is being written go in together, and every caller's is stored", async () => {
    // safe because both drivers under drizzle expose their client as $client
    const driver = (egp.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } })
      .$client;
    const query = vi.spyOn(driver, "query");
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => insertUsageEvent(egp.db, event({ promptTokens: i + 1 }))),
    );
    const inserts = query.mock.calls.filter(([text]) =>
      String(text).startsWith('insert into "usage_events"'),
    );
    query.mockRestore();
    // The first alone, the eleven that waited behind it in one.
    expect(inserts).toHaveLength(2);
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
