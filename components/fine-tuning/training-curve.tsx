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
                <TableCell className="font-mono text-xs">{point.step}</TableCell>
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
