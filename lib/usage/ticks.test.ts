import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { usageWindow } from "./range";
import { axisTickLabel, axisTicks } from "./ticks";

const HOUR = 3_600_000;
const buckets = (startMs: number, count: number, bucketMs: number) =>
  Array.from({ length: count }, (_, i) => new Date(startMs + i * bucketMs).toISOString());

// Ticks are on the reader's clock: the tests read it as UTC, then as a zone off the hour.
const tz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = "UTC";
});
afterEach(() => {
  process.env.TZ = tz;
});

describe("axisTicks", () => {
  it("labels a 24 h chart every 3 h, on round hours, not only at its ends, and not on its last bar", () => {
    const window = usageWindow("24h", { from: null, to: null }, new Date("2026-12-01T18:40:00Z"))!;
    const dates = buckets(Date.parse(window.start_date), window.chunks, window.bucketMs);
    const { indices, stepMs } = axisTicks(dates, window.bucketMs);
    expect(stepMs).toBe(3 * HOUR);
    expect(indices.map((i) => dates[i].slice(11, 13))).toEqual(["21", "00", "03", "06", "09", "12", "15"]);
    // 18:00 is the last bucket: its label would hang past the edge.
    expect(dates[dates.length - 1].slice(11, 13)).toBe("18");
    expect(indices.map((i) => axisTickLabel(dates[i], stepMs))).toEqual([
      "9 PM",
      "Dec 1",
      "3 AM",
      "6 AM",
      "9 AM",
      "12 PM",
      "3 PM",
    ]);
  });

  it("labels a week of 6 h buckets at each midnight, and 30 days weekly", () => {
    const week = usageWindow("7d", { from: null, to: null }, new Date("2026-12-01T18:40:00Z"))!;
    const dates = buckets(Date.parse(week.start_date), week.chunks, week.bucketMs);
    const ticks = axisTicks(dates, week.bucketMs);
    expect(ticks.indices).toHaveLength(7);
    expect(ticks.indices.every((i) => dates[i].endsWith("T00:00:00.000Z"))).toBe(true);
    expect(axisTickLabel(dates[ticks.indices[0]], ticks.stepMs)).toBe("Nov 25");

    const month = usageWindow("30d", { from: null, to: null }, new Date("2026-12-01T18:40:00Z"))!;
    const days = buckets(Date.parse(month.start_date), month.chunks, month.bucketMs);
    const weekly = axisTicks(days, month.bucketMs);
    expect(weekly.stepMs).toBe(7 * 24 * HOUR);
    expect(weekly.indices).toEqual([0, 7, 14, 21, 28]);
  });

  it("never more than maxTicks, and evenly spaced when no bucket is on a round time", () => {
    process.env.TZ = "Asia/Kolkata"; // UTC+5:30: hourly buckets fall on half hours
    const dates = buckets(Date.parse("2026-12-01T00:00:00Z"), 24, HOUR);
    const { indices } = axisTicks(dates, HOUR);
    expect(indices).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
    expect(axisTicks(dates, HOUR, 4).indices).toEqual([0, 6, 12, 18]);
    // Every 23rd of 24 would put the second label on the last bucket: with one other left, it stays.
    expect(axisTicks(dates, HOUR, 1).indices).toEqual([0]);
    expect(axisTicks(dates, HOUR, 5).stepMs).toBe(6 * HOUR);
    expect(axisTicks([], HOUR).indices).toEqual([]);
  });
});
