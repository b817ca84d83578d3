"use client";

import { useDeferredValue, useState } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LinkIcon, RotateCcwIcon, SearchIcon, Trash2Icon } from "lucide-react";
import { panelFor } from "@/components/playground/registry";
import { useConsole } from "@/components/shell/role-gate";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { SheetClose } from "@/components/ui/sheet";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { hrefs } from "@/lib/hrefs";
import type { PlaygroundRunSummary, RunScope } from "@/lib/playground/run-types";
import { playgroundQueries } from "@/lib/queries/playground";
import { toast } from "@/lib/toast";

const time = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The history's list, loaded when the sheet first opens. */
export function HistoryBody({ onOpen }: { onOpen: (run: PlaygroundRunSummary) => void }) {
  const [scope, setScope] = useState<RunScope>("mine");
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const { data, error, isPending, isFetching } = useQuery(playgroundQueries.runList({ scope, q }));
  const runs = data?.items ?? [];
  return (
    <>
      <div className="space-y-2 border-b p-3">
        <Tabs value={scope} onValueChange={(value) => setScope(value as RunScope)}>
          <TabsList className="w-full">
            <TabsTrigger value="mine">Mine</TabsTrigger>
            <TabsTrigger value="account">Account</TabsTrigger>
          </TabsList>
        </Tabs>
        <div className="relative">
          <SearchIcon
            aria-hidden
            className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2"
          />
          <Input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search inputs, outputs, models, users…"
            aria-label="Search runs"
            className="pl-8"
            maxLength={200}
          />
        </div>
      </div>
      <div className="flex-1 overflow-y-auto p-2" aria-busy={isFetching || undefined}>
        {error && <p className="text-destructive p-4 text-sm">{error.message}</p>}
        {!error && !isPending && runs.length === 0 && (
          <p className="text-muted-foreground p-4 text-sm">{q ? "No runs match." : "No runs yet."}</p>
        )}
        <ul className="space-y-1" aria-label="Past runs">
          {runs.map((run) => (
            <HistoryRow key={run.id} run={run} showUser={scope === "account"} onOpen={onOpen} />
          ))}
        </ul>
      </div>
    </>
  );
}

function HistoryRow({
  run,
  showUser,
  onOpen,
}: {
  run: PlaygroundRunSummary;
  showUser: boolean;
  onOpen: (run: PlaygroundRunSummary) => void;
}) {
  const { user } = useConsole();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => fetchJson(apiPaths.playgroundRun(run.id), { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: playgroundQueries.runs }),
    onError: (error) => toast.error(error.message),
  });
  const panel = panelFor(run.modelType);
  const at = new Date(run.createdAt);
  return (
    <li className="hover:bg-muted/50 rounded-md p-3">
      <div className="flex items-center gap-2 text-sm">
        {panel && <panel.icon aria-hidden className="text-muted-foreground size-4 shrink-0" />}
        <Link href={hrefs.playgroundRun(run.id)} className="truncate font-medium hover:underline">
          {run.label}
        </Link>
        <Badge variant={run.ok ? "success" : "destructive"} className="ml-auto shrink-0">
          {run.ok ? "OK" : run.error?.startsWith("Stopped") ? "Stopped" : "Error"}
        </Badge>
      </div>
      <p className="text-muted-foreground mt-1 line-clamp-2 text-xs break-words">{run.summary}</p>
      {showUser && <p className="text-muted-foreground mt-1 truncate text-xs">{run.userLabel}</p>}
      <div className="text-muted-foreground mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        <time dateTime={at.toISOString()}>{time.format(at)}</time>
        <span className="tabular-nums">{run.latencyMs} ms</span>
        {run.tokens !== null && <span className="tabular-nums">{run.tokens} tokens</span>}
        <span className="ml-auto flex gap-1">
          <SheetClose asChild>
            <Button
              size="xs"
              variant="outline"
              onClick={() => onOpen(run)}
              aria-label={`Reopen run on ${run.label}`}
            >
              <RotateCcwIcon aria-hidden />
              Reopen
            </Button>
          </SheetClose>
          <Button size="xs" variant="ghost" asChild>
            <Link href={hrefs.playgroundRun(run.id)} aria-label={`Open the page of the run on ${run.label}`}>
              <LinkIcon aria-hidden />
            </Link>
          </Button>
          {run.userId === user.id && (
            <Button
              size="xs"
              variant="ghost"
              onClick={() => remove.mutate()}
              disabled={remove.isPending}
              aria-label={`Delete run on ${run.label}`}
            >
              <Trash2Icon aria-hidden />
            </Button>
          )}
        </span>
      </div>
    </li>
  );
}
