"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { UsagePoint } from "@/lib/schemas/usage";
import { axisTickLabel, axisTicks } from "@/lib/usage/ticks";
import { bucketLabel, formatCompact, formatCount, formatLatency } from "./format";

type Row = {
  /** The bucket's start: the x axis's key, one per bucket (an hour's label repeats across a day). */
  date: string;
  requests: number;
  failed: number;
  answered: number;
  prompt: number;
  response: number;
  latency: number | null;
};

const axis = { fontSize: 11, fill: "var(--muted-foreground)" };
/** Labels a third-of-a-card panel holds side by side ("6 PM", "Nov 26"). */
const TICKS_PER_PANEL = 5;
const tooltip = {
  contentStyle: {
    background: "var(--popover)",
    border: "1px solid var(--border)",
    borderRadius: 8,
    color: "var(--popover-foreground)",
    fontSize: 12,
  },
  labelStyle: { color: "var(--popover-foreground)", fontWeight: 600 },
  cursor: { fill: "var(--muted)", opacity: 0.6 },
};

function Panel({ title, total, children }: { title: string; total: string; children: React.ReactElement }) {
  return (
    <figure className="flex min-w-0 flex-col gap-2">
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="text-muted-foreground text-xs font-medium">{title}</span>
        <span className="text-sm font-semibold tabular-nums">{total}</span>
      </figcaption>
      <div className="h-36 w-full">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The x axis with labels on round times (lib/usage/ticks: every 6 h of a day), not only at its ends. */
const xAxis = (ticks: Map<string, string>) => (
  <XAxis
    dataKey="date"
    tick={axis}
    tickLine={false}
    axisLine={false}
    ticks={[...ticks.keys()]}
    // A panel too narrow for every round time keeps every other one (or fewer), evenly spaced.
    interval="equidistantPreserveStart"
    minTickGap={6}
    tickFormatter={(date: string) => ticks.get(date) ?? ""}
  />
);
const yAxis = (format: (n: number) => string, width = 40) => (
  <YAxis
    tick={axis}
    tickLine={false}
    axisLine={false}
    width={width}
    tickFormatter={format}
    allowDecimals={false}
  />
);
const grid = <CartesianGrid vertical={false} stroke="var(--border)" />;

/** Requests, tokens and latency over the range, one small chart each so every axis has one unit. */
export function UsageChart({
  points,
  bucketMs,
  hasRequests,
  totals,
}: {
  points: readonly UsagePoint[];
  bucketMs: number;
  hasRequests: boolean;
  totals: { requests: string; tokens: string; latency: string };
}) {
  const rows: Row[] = points.map((p) => ({
    date: p.date,
    requests: p.request_count ?? 0,
    failed: p.error_count ?? 0,
    answered: (p.request_count ?? 0) - (p.error_count ?? 0),
    prompt: p.prompt_tokens,
    response: p.response_tokens,
    latency: p.average_latency_ms ?? null,
  }));
  const { indices, stepMs } = axisTicks(
    points.map((p) => p.date),
    bucketMs,
    TICKS_PER_PANEL,
  );
  const ticks = new Map(indices.map((i) => [rows[i].date, axisTickLabel(points[i].date, stepMs)]));
  // The tooltip's label is the hovered row's `date`, so it names the bucket from that key.
  const bucketOf = (date: unknown) => bucketLabel(String(date), bucketMs);
  return (
    <div aria-hidden className={hasRequests ? "grid gap-6 md:grid-cols-3" : "grid gap-6"}>
      {hasRequests && (
        <Panel title="Requests" total={totals.requests}>
          <BarChart
            accessibilityLayer={false}
            data={rows}
            margin={{ top: 4, right: 4, left: -12, bottom: 0 }}
          >
            {grid}
            {xAxis(ticks)}
            {yAxis(formatCompact)}
            <Tooltip {...tooltip} labelFormatter={bucketOf} formatter={(v) => formatCount(Number(v))} />
            <Bar
              dataKey="answered"
              name="Answered"
              stackId="r"
              fill="var(--chart-2)"
              isAnimationActive={false}
            />
            <Bar
              dataKey="failed"
              name="Failed"
              stackId="r"
              fill="var(--destructive)"
              radius={[2, 2, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </Panel>
      )}
      <Panel title="Tokens" total={totals.tokens}>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 4, right: 4, left: -12, bottom: 0 }}>
          {grid}
          {xAxis(ticks)}
          {yAxis(formatCompact)}
          <Tooltip {...tooltip} labelFormatter={bucketOf} formatter={(v) => formatCount(Number(v))} />
          <Bar dataKey="prompt" name="Prompt" stackId="t" fill="var(--chart-1)" isAnimationActive={false} />
          <Bar
            dataKey="response"
            name="Response"
            stackId="t"
            fill="var(--chart-3)"
            radius={[2, 2, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </Panel>
      {hasRequests && (
        <Panel title="Mean latency" total={totals.latency}>
          <LineChart
            accessibilityLayer={false}
            data={rows}
            margin={{ top: 4, right: 4, left: -12, bottom: 0 }}
          >
            {grid}
            {xAxis(ticks)}
            {yAxis((n) => formatLatency(n), 56)}
            <Tooltip
              {...tooltip}
              labelFormatter={bucketOf}
              formatter={(v) => formatLatency(v == null ? null : Number(v))}
            />
            <Line
              dataKey="latency"
              name="Latency"
              type="monotone"
              stroke="var(--chart-5)"
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </Panel>
      )}
    </div>
  );
}
