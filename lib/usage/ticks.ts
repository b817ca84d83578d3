const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tick spacings a person counts in: hours that divide a day, then days and weeks. */
const STEPS = [1, 2, 3, 6, 12].map((h) => h * HOUR).concat([1, 2, 7, 14, 28].map((d) => d * DAY));

export type AxisTicks = { indices: number[]; stepMs: number };

/**
 * Which buckets of a chart get an axis label: evenly spaced, on round clock times (every 3 h for a
 * day, local midnights for a week, weeks for a month), at most `maxTicks` of them. `dates` are the
 * buckets' starts in order, `bucketMs` apart.
 */
export function axisTicks(dates: readonly string[], bucketMs: number, maxTicks = 8): AxisTicks {
  const span = dates.length * bucketMs;
  const stepMs = STEPS.find((s) => s >= bucketMs && span / s <= maxTicks) ?? Math.ceil(span / maxTicks);
  if (dates.length === 0) return { indices: [], stepMs };
  const every = Math.max(1, Math.round(stepMs / bucketMs));
  // The first bucket on a round time for that spacing (in the reader's clock), else the first one.
  const round = (date: string) => {
    const d = new Date(date);
    if (d.getMinutes() !== 0) return false;
    return stepMs < DAY ? d.getHours() % (stepMs / HOUR) === 0 : d.getHours() === 0;
  };
  const first = Math.max(0, dates.slice(0, every).findIndex(round));
  const indices: number[] = [];
  for (let i = first; i < dates.length; i += every) indices.push(i);
  // A label centred on the last bucket hangs past the chart's edge, and the axis then drops every
  // other label to make room: that one goes instead (when others are left).
  if (indices.length > 2 && indices[indices.length - 1] === dates.length - 1) indices.pop();
  return { indices, stepMs };
}

/** A tick's words: the hour ("6 PM"), or the day ("Dec 2") at midnight and for spacings of days. */
export function axisTickLabel(date: string, stepMs: number): string {
  const d = new Date(date);
  if (stepMs >= DAY || (d.getHours() === 0 && d.getMinutes() === 0))
    return d.toLocaleDateString(undefined, { month: "short", day: "numeric" });
  return d.toLocaleTimeString(undefined, { hour: "numeric" });
}
