"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { ChartColumnIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { usageQueries } from "@/lib/queries/usage";
import type { UsageScope } from "@/lib/schemas/usage";
import { MAX_CUSTOM_DAYS, usageQuery, usageWindow } from "@/lib/usage/range";
import { usageSearchParams } from "@/lib/usage/search-params";
import { isEmptyUsage, summarizeUsage } from "@/lib/usage/summary";
import { formatCompact, formatCount, formatLatency } from "./format";
import { RangePicker } from "./range-picker";
import { UsageTable } from "./usage-table";

// recharts is large: it loads with the card, after the page, never with a list.
const UsageChart = dynamic(() => import("./usage-chart").then((m) => m.UsageChart), {
  ssr: false,
  loading: () => <Skeleton className="h-44" />,
});

/** Requests, tokens and latency of a model (by name), deployment or group over a range in the URL. */
export function UsageCard({
  scope,
  id,
  emptyHint,
}: {
  scope: UsageScope;
  id: string;
  /** How to get data: what to run, and where. */
  emptyHint: React.ReactNode;
}) {
  const [state, setState] = useQueryStates(usageSearchParams, { history: "replace", scroll: false });
  // The window is fixed when the page opens (rounded up to a bucket), so its query key holds still.
  const [now] = useState(() => new Date());
  const span = usageWindow(state.usage, { from: ymd(state.usage_from), to: ymd(state.usage_to) }, now);
  const usage = useQuery({
    ...usageQueries.detail(scope, id, span ? usageQuery(span) : EMPTY_QUERY),
    enabled: span !== null,
  });
  return (
    <Card aria-labelledby={`usage-${scope}`}>
      <CardHeader className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle>
          <h2 id={`usage-${scope}`} className="text-base font-semibold">
            Usage
          </h2>
        </CardTitle>
        <RangePicker state={state} onChange={(next) => void setState(next)} />
      </CardHeader>
      <CardContent>
        {!span ? (
          <p className="text-muted-foreground text-sm">
            Pick the first and last day (at most {MAX_CUSTOM_DAYS} days).
          </p>
        ) : usage.isPending ? (
          <Skeleton className="h-44" />
        ) : usage.isError ? (
          <p role="alert" className="text-destructive text-sm">
            Usage could not be loaded: {usage.error.message}
          </p>
        ) : (
          <UsageBody points={usage.data.data} bucketMs={span.bucketMs} emptyHint={emptyHint} />
        )}
      </CardContent>
    </Card>
  );
}

const EMPTY_QUERY = { start_date: "", end_date: "", chunks: 1 };
const ymd = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function UsageBody({
  points,
  bucketMs,
  emptyHint,
}: {
  points: Parameters<typeof summarizeUsage>[0];
  bucketMs: number;
  emptyHint: React.ReactNode;
}) {
  const summary = summarizeUsage(points);
  if (isEmptyUsage(summary))
    return <EmptyState icon={ChartColumnIcon} title="No usage in this range" description={emptyHint} />;
  const totals = {
    requests: summary.requests === null ? "–" : formatCount(summary.requests),
    tokens: formatCompact(summary.tokens),
    latency: formatLatency(summary.averageLatencyMs),
  };
  return (
    <div className="flex flex-col gap-4">
      <UsageChart points={points} bucketMs={bucketMs} hasRequests={summary.hasRequests} totals={totals} />
      <p className="text-muted-foreground text-xs">
        {summary.hasRequests
          ? `${formatCount(summary.requests ?? 0)} requests (${formatCount(summary.errors ?? 0)} failed), ${formatCount(summary.tokens)} tokens, mean latency ${totals.latency}.`
          : `${formatCount(summary.tokens)} tokens. This server reports tokens only, not request counts or latency.`}
      </p>
      {/* sr-only on the table itself would not clip it: a table grows to its content. */}
      <div className="sr-only">
        <UsageTable points={points} bucketMs={bucketMs} hasRequests={summary.hasRequests} />
      </div>
    </div>
  );
}
