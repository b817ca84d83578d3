"use client";

import { useEffect, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { PauseIcon, PlayIcon } from "lucide-react";

import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DeploymentLogLine } from "@/lib/egp/local-logs";
import { isFinalStatus } from "@/lib/egp/types";
import { deploymentLogQueries, followInterval } from "@/lib/queries/deployment-logs";
import { cn } from "@/lib/utils";

/** How often a followed log is read; React Query pauses it in background tabs. */
const follows = followInterval();

const LEVEL_CLASS: Record<DeploymentLogLine["level"], string> = {
  info: "text-muted-foreground",
  warn: "text-amber-700 dark:text-amber-400",
  error: "text-destructive",
};

/**
 * The engine's own lines for this deployment (embedded server only), followed live while it deploys
 * or while the person asks. Scale GP has no such API: the panel says so and points at the timeline.
 */
export function DeploymentLogPanel({
  modelId,
  deploymentId,
  status,
}: {
  modelId: string;
  deploymentId: string;
  status: string;
}) {
  const { mode } = useConsole();
  return (
    <Card>
      <CardHeader className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle>
          <h2 className="text-base font-semibold">Logs</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {mode.kind === "remote" ? (
          <p className="text-muted-foreground text-sm">
            Scale GP&apos;s API exposes no logs for deployments. The timeline above is the status history it
            reports.
          </p>
        ) : (
          <LocalLog modelId={modelId} deploymentId={deploymentId} status={status} />
        )}
      </CardContent>
    </Card>
  );
}

function LocalLog({
  modelId,
  deploymentId,
  status,
}: {
  modelId: string;
  deploymentId: string;
  status: string;
}) {
  const final = isFinalStatus(status);
  const [choice, setChoice] = useState<boolean | null>(null);
  const follow = choice ?? !final;
  const logs = useQuery({
    ...deploymentLogQueries.detail(modelId, deploymentId),
    refetchInterval: follow ? follows : false,
  });
  const { refetch } = logs;
  // A status change (ready, failed) comes with its last lines: read them even when no longer following.
  useEffect(() => {
    void refetch();
  }, [status, refetch]);
  const list = useRef<HTMLDivElement>(null);
  const count = logs.data?.items.length ?? 0;
  useEffect(() => {
    if (follow && list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [count, follow]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-muted-foreground text-xs">
          Load, errors and one line per request, kept by this console since it started (the last 500).
        </p>
        <Button
          type="button"
          size="sm"
          variant="outline"
          aria-pressed={follow}
          onClick={() => setChoice(!follow)}
        >
          {follow ? <PauseIcon aria-hidden /> : <PlayIcon aria-hidden />}
          {follow ? "Following live" : "Follow live"}
        </Button>
      </div>
      {logs.isError ? (
        <p role="alert" className="text-destructive text-sm">
          The log could not be read: {logs.error.message}
        </p>
      ) : count === 0 ? (
        <p className="text-muted-foreground text-sm">
          {logs.isPending
            ? "Reading the log…"
            : "No lines yet. They appear when the deployment loads or serves a request."}
        </p>
      ) : (
        <div
          ref={list}
          role="log"
          aria-label="Deployment log"
          tabIndex={0}
          className="bg-muted/50 max-h-80 overflow-auto rounded-md border p-3 font-mono text-xs leading-relaxed"
        >
          <ol>
            {logs.data?.items.map((line) => (
              <li key={line.seq} className="flex flex-wrap gap-x-3 sm:flex-nowrap">
                <time dateTime={line.at} className="text-muted-foreground shrink-0 tabular-nums">
                  {new Date(line.at).toLocaleTimeString()}
                </time>
                <span className={cn("w-10 shrink-0 uppercase", LEVEL_CLASS[line.level])}>{line.level}</span>
                <span
                  className={cn(
                    "min-w-0 basis-full break-words sm:basis-auto",
                    line.level === "error" && "text-destructive",
                  )}
                >
                  {line.message}
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
