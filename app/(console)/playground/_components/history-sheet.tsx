"use client";

import { HistoryIcon, RotateCcwIcon, Trash2Icon } from "lucide-react";
import { panelFor } from "@/components/playground/registry";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetClose,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";
import type { RunRecord } from "@/lib/playground/history";

const time = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Past runs kept in this browser for this user; opening one restores its inputs (and its output when kept). */
export function HistorySheet({
  runs,
  onOpen,
  onClear,
  onRemove,
}: {
  runs: RunRecord[];
  onOpen: (run: RunRecord) => void;
  onClear: () => void;
  onRemove: (id: string) => void;
}) {
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm">
          <HistoryIcon aria-hidden />
          History
          {runs.length > 0 && <span className="text-muted-foreground tabular-nums">{runs.length}</span>}
        </Button>
      </SheetTrigger>
      <SheetContent className="flex w-full flex-col gap-0 sm:max-w-md">
        <SheetHeader className="border-b">
          <SheetTitle>Run history</SheetTitle>
          <SheetDescription>Stored in this browser only, for your user.</SheetDescription>
        </SheetHeader>
        <div className="flex-1 overflow-y-auto p-2">
          {runs.length === 0 && <p className="text-muted-foreground p-4 text-sm">No runs yet.</p>}
          <ul className="space-y-1" aria-label="Past runs">
            {runs.map((run) => {
              const panel = panelFor(run.modelType);
              return (
                <li key={run.id} className="hover:bg-muted/50 group rounded-md p-3">
                  <div className="flex items-center gap-2 text-sm">
                    {panel && <panel.icon aria-hidden className="text-muted-foreground size-4 shrink-0" />}
                    <span className="truncate font-medium">{run.label}</span>
                    <Badge variant={run.ok ? "success" : "destructive"} className="ml-auto">
                      {run.ok ? "OK" : run.error ? "Error" : "Stopped"}
                    </Badge>
                  </div>
                  <p className="text-muted-foreground mt-1 line-clamp-2 text-xs break-words">{run.summary}</p>
                  <div className="text-muted-foreground mt-2 flex items-center gap-3 text-xs">
                    <time dateTime={run.at}>{time.format(new Date(run.at))}</time>
                    {run.latencyMs !== null && <span className="tabular-nums">{run.latencyMs} ms</span>}
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
                      <Button
                        size="xs"
                        variant="ghost"
                        onClick={() => onRemove(run.id)}
                        aria-label={`Delete run on ${run.label}`}
                      >
                        <Trash2Icon aria-hidden />
                      </Button>
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
        {runs.length > 0 && (
          <div className="border-t p-3">
            <Button variant="ghost" size="sm" className="w-full" onClick={onClear}>
              Clear history
            </Button>
          </div>
        )}
      </SheetContent>
    </Sheet>
  );
}
