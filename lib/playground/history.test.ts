import { describe, expect, it } from "vitest";
import {
  appendRun,
  clearHistory,
  HISTORY_LIMIT,
  historyKey,
  loadHistory,
  removeRun,
  type HistoryStorage,
  type RunRecord,
} from "./history";

function memoryStorage(limitChars = Infinity): HistoryStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limitChars) throw new DOMException("full", "QuotaExceededError");
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

const run = (id: string, extra: Partial<RunRecord> = {}): RunRecord => ({
  id,
  at: "2026-01-01T00:00:00.000Z",
  modelType: "EMBEDDING",
  modelId: "m",
  deploymentId: "d",
  label: "USE",
  request: { texts: ["a"] },
  ok: true,
  latencyMs: 12,
  tokens: 3,
  summary: "1 vector",
  error: null,
  ...extra,
});

describe("run history", () => {
  it("is kept per user, newest first", () => {
    const storage = memoryStorage();
    appendRun(storage, "u1", run("a"));
    appendRun(storage, "u1", run("b"));
    appendRun(storage, "u2", run("c"));
    expect(loadHistory(storage, "u1").map((r) => r.id)).toEqual(["b", "a"]);
    expect(loadHistory(storage, "u2").map((r) => r.id)).toEqual(["c"]);
  });

  it("keeps at most HISTORY_LIMIT runs and drops oversized responses but not inputs", () => {
    const storage = memoryStorage();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) appendRun(storage, "u", run(String(i)));
    expect(loadHistory(storage, "u")).toHaveLength(HISTORY_LIMIT);
    appendRun(storage, "u", run("big", { response: { v: "x".repeat(100_000) } }));
    const [latest] = loadHistory(storage, "u");
    expect(latest.id).toBe("big");
    expect(latest.response).toBeUndefined();
    expect(latest.request).toEqual({ texts: ["a"] });
  });

  it("survives a full storage by keeping fewer runs", () => {
    const storage = memoryStorage(3_000);
    for (let i = 0; i < 20; i++) appendRun(storage, "u", run(String(i)));
    const runs = loadHistory(storage, "u");
    expect(runs[0].id).toBe("19");
    expect(runs.length).toBeGreaterThan(0);
  });

  it("ignores corrupt entries, removes one run, clears all", () => {
    const storage = memoryStorage();
    storage.setItem(historyKey("u"), JSON.stringify([run("ok"), { id: 1 }, "junk"]));
    expect(loadHistory(storage, "u").map((r) => r.id)).toEqual(["ok"]);
    storage.setItem(historyKey("x"), "{not json");
    expect(loadHistory(storage, "x")).toEqual([]);
    appendRun(storage, "u", run("two"));
    expect(removeRun(storage, "u", "ok").map((r) => r.id)).toEqual(["two"]);
    clearHistory(storage, "u");
    expect(loadHistory(storage, "u")).toEqual([]);
  });
});
