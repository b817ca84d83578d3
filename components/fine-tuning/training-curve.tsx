"use client";

import { useState } from "react";
import dynamic from "next/dynamic";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { Curve } from "@/lib/fine-tuning/metrics";
import { cn } from "@/lib/utils";

const CurveChart = dynamic(() => import("./curve-chart"), {
  ssr: false,
  loading: () => <Skeleton className="h-72 w-full" />,
});

const format = (value: number | undefined) =>
  value === undefined ? "—" : Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(4);

/** The job's closing figures: the base and the tuned model on the same validation rows. */
function ResultTable({ result }: { result: NonNullable<Curve["result"]> }) {
  const metrics = Object.keys(result.tuned);
  return (
    <Table>
      <TableCaption className="mt-2 text-left">
        Base vs tuned on the validation rows · trained in {result.seconds} s
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Metric</TableHead>
          <TableHead scope="col" className="text-right">
            Base
          </TableHead>
          <TableHead scope="col" className="text-right">
            Tuned
          </TableHead>
          <TableHead scope="col" className="text-right">
            Change
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {metrics.map((metric) => {
          const before = result.base[metric];
          const after = result.tuned[metric]!;
          const change = before === undefined ? undefined : after - before;
          return (
            <TableRow key={metric}>
              <TableCell className="font-mono text-xs">{metric}</TableCell>
              <TableCell className="text-right font-mono text-xs tabular-nums">{format(before)}</TableCell>
              <TableCell className="text-right font-mono text-xs font-semibold tabular-nums">
                {format(after)}
              </TableCell>
              <TableCell
                className={cn(
                  "text-right font-mono text-xs tabular-nums",
                  change !== undefined && change > 0 && "text-emerald-700 dark:text-emerald-400",
                  change !== undefined && change < 0 && "text-destructive",
                )}
              >
                {change === undefined ? "—" : `${change >= 0 ? "+" : "−"}${Math.abs(change).toFixed(4)}`}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The curve as a chart for the eye and a table for screen readers (shown on request for everyone). */
export function TrainingCurve({ curve, running }: { curve: Curve; running: boolean }) {
  const [showTable, setShowTable] = useState(false);
  if (curve.points.length === 0)
    return (
      <p className="text-muted-foreground text-sm">
        {running ? "The curve appears after the first epoch." : "This job reported no per-epoch figures."}
      </p>
    );
  return (
    <div className="space-y-3">
      {curve.result && <ResultTable result={curve.result} />}
      <CurveChart curve={curve} />
      <Button
        type="button"
        variant="ghost"
        size="sm"
        aria-expanded={showTable}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? "Hide the numbers" : "Show the numbers"}
      </Button>
      <div className={cn(showTable ? "max-h-72 overflow-auto rounded-md border" : "sr-only")}>
        <Table>
          <TableCaption className={cn(!showTable && "sr-only")}>
            Training curve: {curve.metrics.join(", ")} by epoch
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Epoch</TableHead>
              {curve.metrics.map((metric) => (
                <TableHead key={metric} scope="col" className="text-right">
                  {metric}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {curve.points.map((point) => (
              <TableRow key={point.step}>
                <TableCell className="font-mono text-xs">{point.step === 0 ? "base" : point.step}</TableCell>
                {curve.metrics.map((metric) => (
                  <TableCell key={metric} className="text-right font-mono text-xs tabular-nums">
                    {format(point[metric])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
