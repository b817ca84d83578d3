const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat();

export const formatCount = (n: number) => whole.format(n);
export const formatCompact = (n: number) => compact.format(n);
export const formatLatency = (ms: number | null | undefined) =>
  ms == null ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${whole.format(ms)} ms`;

/** A bucket's label: the time for hourly buckets, the span for buckets of a few hours, the day for days. */
export function bucketLabel(date: string, bucketMs: number): string {
  const d = new Date(date);
  if (bucketMs < 3_600_000 * 24 && bucketMs <= 3_600_000)
    return d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  // A bucket of several hours reads as its span ("Dec 2, 12 – 6 AM"), not as its first hour alone.
  if (bucketMs < 3_600_000 * 24)
    return new Intl.DateTimeFormat(undefined, {
      month: "short",
      day: "numeric",
      hour: "numeric",
    }).formatRange(d, new Date(d.getTime() + bucketMs));
  return d.toLocaleDateString(undefined, { month: "short", day: "numeric" });
}
