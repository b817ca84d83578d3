"use client";

import { lazy, Suspense, useState } from "react";
import { HistoryIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";
import type { PlaygroundRunSummary } from "@/lib/playground/run-types";

// The list (queries, search, delete) loads on first open; the page's first load carries only the button.
const HistoryBody = lazy(() => import("./history-body").then((mod) => ({ default: mod.HistoryBody })));

/**
 * Saved runs: yours, or everyone's in the account, searched on the server. Reopening one fills the
 * playground with its input (and output when kept); its link opens the run's page; you delete your own.
 */
export function HistorySheet({ onOpen }: { onOpen: (run: PlaygroundRunSummary) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm">
          <HistoryIcon aria-hidden />
          History
        </Button>
      </SheetTrigger>
      <SheetContent className="flex w-full flex-col gap-0 sm:max-w-md">
        <SheetHeader className="border-b">
          <SheetTitle>Run history</SheetTitle>
          <SheetDescription>
            Every run is saved in this account; anyone in it can open a run’s link.
          </SheetDescription>
        </SheetHeader>
        {open && (
          <Suspense fallback={<p className="text-muted-foreground p-4 text-sm">Loading runs…</p>}>
            <HistoryBody onOpen={onOpen} />
          </Suspense>
        )}
      </SheetContent>
    </Sheet>
  );
}
