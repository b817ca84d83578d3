import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { coverageGaps, runSpecCoverage, type OperationKey, type StepResult } from "../testing/spec-coverage";

/**
 * Operations of the models subset spec the embedded server does not serve yet. The test fails both
 * ways: when a listed one starts to pass (take it off the list) and when an unlisted one fails.
 */
const NOT_YET = new Set<OperationKey>([]);

let egp: TestEgp;
let results: StepResult[];
beforeAll(async () => {
  egp = await openTestEgp();
  results = await runSpecCoverage(egp, {
    accountId: egp.bootstrap.accountId,
    ggufPath: "/models/chat.gguf",
    // Stub engines: the agent's OpenAI-compatible server is never called.
    openAiBaseUrl: "http://127.0.0.1:9/v1",
  });
});
afterAll(async () => {
  await egp?.close();
});

describe("every operation of the models subset spec", () => {
  test("the coverage script has one step per operation", () => {
    expect(coverageGaps()).toEqual({ missing: [], duplicated: [] });
    expect(results).toHaveLength(84);
  });

  test("what is served answers valid bodies; what is not yet is listed", () => {
    const failing = results.filter((r) => !r.ok).map((r) => `${r.op} → ${r.status} ${r.problem}`);
    const unexpected = failing.filter((line) => !NOT_YET.has(line.split(" → ")[0] as OperationKey));
    expect(unexpected).toEqual([]);
    const nowPassing = results.filter((r) => r.ok && NOT_YET.has(r.op)).map((r) => r.op);
    expect(nowPassing).toEqual([]);
  });
});
