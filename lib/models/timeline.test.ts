import { describe, expect, it, test } from "vitest";
import { statusHistory, statusReason } from "./deployment-meta";
import { formatDuration, mergeTimeline, observeStatus, observedStatuses, phaseDurations } from "./timeline";

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

describe("mergeTimeline", () => {
  it("keeps the server history and adds only states the server did not record", () => {
    const history = [
      { status: "UPDATE_PENDING", at: at(0) },
      { status: "READY", at: at(3) },
    ];
    const observed = [
      { status: "UPDATE_PENDING", at: at(1) },
      { status: "UPDATE_IN_PROGRESS", at: at(2) },
      { status: "READY", at: at(4) },
    ];
    expect(mergeTimeline(history, observed)).toEqual([
      { status: "UPDATE_PENDING", at: at(0), source: "server" },
      { status: "UPDATE_IN_PROGRESS", at: at(2), source: "observed" },
      { status: "READY", at: at(3), source: "server" },
    ]);
  });

  it("uses what was observed when the server sends no history", () => {
    const observed = [
      { status: "UPDATE_IN_PROGRESS", at: at(1) },
      { status: "UPDATE_FAILED", at: at(5) },
    ];
    expect(mergeTimeline([], observed).map((s) => s.status)).toEqual(["UPDATE_IN_PROGRESS", "UPDATE_FAILED"]);
  });

  it("collapses a status repeated back to back", () => {
    const history = [
      { status: "UPDATE_PENDING", at: at(0) },
      { status: "UPDATE_PENDING", at: at(1), reason: "Resumed after a restart" },
      { status: "READY", at: at(2) },
    ];
    expect(mergeTimeline(history, []).map((s) => s.status)).toEqual(["UPDATE_PENDING", "READY"]);
  });
});

describe("observeStatus", () => {
  it("records only changes, per deployment", () => {
    const id = `d-${Math.random()}`;
    observeStatus(id, "UPDATE_PENDING", at(0));
    observeStatus(id, "UPDATE_PENDING", at(1));
    observeStatus(id, "READY", at(2));
    expect(observedStatuses(id)).toEqual([
      { status: "UPDATE_PENDING", at: at(0) },
      { status: "READY", at: at(2) },
    ]);
    expect(observedStatuses("other")).toEqual([]);
  });
});

describe("deployment metadata", () => {
  it("reads the history and the failure reason, ignoring malformed metadata", () => {
    const deployment = {
      deployment_metadata: {
        status_history: [{ status: "UPDATE_FAILED", at: at(1), reason: "no such file" }],
        status_reason: "no such file",
      },
    };
    expect(statusHistory(deployment)).toEqual([
      { status: "UPDATE_FAILED", at: at(1), reason: "no such file" },
    ]);
    expect(statusReason(deployment)).toBe("no such file");
    expect(statusHistory({ deployment_metadata: { status_history: "nope" } })).toEqual([]);
    expect(statusReason({ deployment_metadata: undefined })).toBeNull();
  });
});

describe("phaseDurations and formatDuration", () => {
  test("each phase lasts until the next step; the current one has no length yet", () => {
    const steps = [
      { status: "UPDATE_PENDING", at: "2026-01-01T00:00:00.000Z" },
      { status: "UPDATE_IN_PROGRESS", at: "2026-01-01T00:00:00.350Z" },
      { status: "READY", at: "2026-01-01T00:03:05.350Z" },
    ];
    expect(phaseDurations(steps)).toEqual([350, 185_000, null]);
    expect(phaseDurations(steps).map((ms) => (ms === null ? null : formatDuration(ms)))).toEqual([
      "350 ms",
      "3 min 5 s",
      null,
    ]);
    expect(formatDuration(4_200)).toBe("4.2 s");
    expect(formatDuration(7_800_000)).toBe("2 h 10 min");
  });
});
