import type { UsageQuery } from "../schemas/usage";

export const USAGE_RANGES = ["24h", "7d", "30d", "custom"] as const;
export type UsageRange = (typeof USAGE_RANGES)[number];
export const RANGE_LABELS: Record<UsageRange, string> = {
  "24h": "24 h",
  "7d": "7 d",
  "30d": "30 d",
  custom: "Custom",
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The longest custom range, in days: a year of daily buckets. */
export const MAX_CUSTOM_DAYS = 366;

const ceilTo = (ms: number, step: number) => Math.ceil(ms / step) * step;
const dayStart = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString();

/** The bucket width a person reads at a glance: hours for a day, quarter days for a week, days beyond. */
export type UsageWindow = UsageQuery & { bucketMs: number };

/**
 * The spec's start_date, end_date and chunks for a range. The end is rounded up to the bucket, so the
 * window (and the query key) stays the same for a while instead of moving every millisecond.
 * Custom ranges are whole UTC days, `from` and `to` included; null when they do not make one.
 */
export function usageWindow(
  range: UsageRange,
  custom: { from: string | null; to: string | null },
  now: Date,
): UsageWindow | null {
  const t = now.getTime();
  if (range === "24h") return fixed(ceilTo(t, HOUR), 24, HOUR);
  if (range === "7d") return fixed(ceilTo(t, 6 * HOUR), 28, 6 * HOUR);
  if (range === "30d") return fixed(ceilTo(t, DAY), 30, DAY);
  if (!custom.from || !custom.to) return null;
  const start = dayStart(custom.from);
  const end = dayStart(custom.to) + DAY;
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return null;
  const days = Math.round((end - start) / DAY);
  if (days > MAX_CUSTOM_DAYS) return null;
  return days === 1 ? fixed(end, 24, HOUR) : fixed(end, days, DAY);
}

function fixed(end: number, chunks: number, bucketMs: number): UsageWindow {
  return { start_date: iso(end - chunks * bucketMs), end_date: iso(end), chunks, bucketMs };
}

/** The spec's query from a window (without the console's bucket width). */
export const usageQuery = ({ start_date, end_date, chunks }: UsageWindow): UsageQuery => ({
  start_date,
  end_date,
  chunks,
});
