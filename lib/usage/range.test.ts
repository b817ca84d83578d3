import { describe, expect, test } from "vitest";
import { usageWindow } from "./range";

const now = new Date("2026-03-10T13:20:00Z");
const none = { from: null, to: null };

describe("usageWindow", () => {
  test("24 h: hourly buckets ending at the next full hour", () => {
    expect(usageWindow("24h", none, now)).toEqual({
      start_date: "2026-03-09T14:00:00.000Z",
      end_date: "2026-03-10T14:00:00.000Z",
      chunks: 24,
      bucketMs: 3_600_000,
    });
  });

  test("7 d: 28 quarter days; 30 d: 30 days ending at the next UTC midnight", () => {
    expect(usageWindow("7d", none, now)).toMatchObject({
      start_date: "2026-03-03T18:00:00.000Z",
      end_date: "2026-03-10T18:00:00.000Z",
      chunks: 28,
    });
    expect(usageWindow("30d", none, now)).toMatchObject({
      start_date: "2026-02-09T00:00:00.000Z",
      end_date: "2026-03-11T00:00:00.000Z",
      chunks: 30,
    });
  });

  test("custom: whole days with both ends included, one day by the hour", () => {
    expect(usageWindow("custom", { from: "2026-03-01", to: "2026-03-03" }, now)).toMatchObject({
      start_date: "2026-03-01T00:00:00.000Z",
      end_date: "2026-03-04T00:00:00.000Z",
      chunks: 3,
    });
    expect(usageWindow("custom", { from: "2026-03-01", to: "2026-03-01" }, now)).toMatchObject({
      chunks: 24,
      bucketMs: 3_600_000,
    });
  });

  test("custom: no window when an end is missing, reversed, invalid or over a year", () => {
    expect(usageWindow("custom", { from: "2026-03-01", to: null }, now)).toBeNull();
    expect(usageWindow("custom", { from: "2026-03-05", to: "2026-03-01" }, now)).toBeNull();
    expect(usageWindow("custom", { from: "nope", to: "2026-03-01" }, now)).toBeNull();
    expect(usageWindow("custom", { from: "2024-01-01", to: "2026-03-01" }, now)).toBeNull();
  });
});
