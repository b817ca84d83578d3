"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { Curve } from "@/lib/fine-tuning/metrics";
import { isLossLike } from "@/lib/fine-tuning/metrics";

// Theme colours from the design tokens, so the lines read in light and dark.
const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];

/**
 * The training curve: loss on the left axis, the validation metrics (0–1) on the right. recharts is
 * loaded only with this component (next/dynamic), never in a page's first load. Hidden from screen
 * readers: the table beside it holds the same numbers.
 */
export default function CurveChart({ curve }: { curve: Curve }) {
  const losses = curve.metrics.filter(isLossLike);
  const scores = curve.metrics.filter((m) => !isLossLike(m));
  return (
    <div aria-hidden className="h-72 w-full" data-testid="curve-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={curve.points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis
            dataKey="step"
            stroke="var(--muted-foreground)"
            fontSize={12}
            tickLine={false}
            tickFormatter={(step: number) => (step === 0 ? "base" : String(step))}
            label={{
              value: "epoch",
              position: "insideBottomRight",
              offset: -4,
              fontSize: 12,
              fill: "var(--muted-foreground)",
            }}
          />
          {losses.length > 0 && (
            <YAxis
              yAxisId="loss"
              stroke="var(--muted-foreground)"
              fontSize={12}
              tickLine={false}
              width={48}
            />
          )}
          {scores.length > 0 && (
            <YAxis
              yAxisId="score"
              orientation={losses.length > 0 ? "right" : "left"}
              // From a little under the lowest score to 1, so a gain of a few points is visible.
              domain={[(low: number) => Math.max(0, Math.floor((low - 0.05) * 10) / 10), 1]}
              stroke="var(--muted-foreground)"
              fontSize={12}
              tickLine={false}
              width={40}
            />
          )}
          <Tooltip
            contentStyle={{
              background: "var(--popover)",
              border: "1px solid var(--border)",
              borderRadius: 8,
              color: "var(--popover-foreground)",
              fontSize: 12,
            }}
            labelFormatter={(step) => (step === 0 ? "Base model" : `Epoch ${step}`)}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {curve.metrics.map((metric, i) => (
            <Line
              key={metric}
              yAxisId={isLossLike(metric) ? "loss" : "score"}
              type="monotone"
              dataKey={metric}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              strokeDasharray={isLossLike(metric) ? undefined : "5 3"}
              dot={curve.points.length <= 40}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
