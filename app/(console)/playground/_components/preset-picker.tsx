"use client";

import { lazy, Suspense, useState } from "react";
import { BookmarkIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { Draft } from "@/lib/playground/draft";
import type { PlaygroundModelType } from "@/lib/schemas/playground";

// The form and list (queries, mutations) load on first open.
const PresetBody = lazy(() => import("./preset-body").then((mod) => ({ default: mod.PresetBody })));

/** Named inputs of this model type: save the current one (yours, shared in the account if you say so), load any. */
export function PresetPicker({
  modelType,
  current,
  onLoad,
}: {
  modelType: PlaygroundModelType;
  current: Draft | null;
  onLoad: (draft: Draft) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm">
          <BookmarkIcon aria-hidden />
          Presets
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-[min(22rem,calc(100vw-2rem))] p-0">
        {open && (
          <Suspense fallback={<p className="text-muted-foreground p-3 text-sm">Loading presets…</p>}>
            <PresetBody
              modelType={modelType}
              current={current}
              onLoad={(draft) => {
                setOpen(false);
                onLoad(draft);
              }}
            />
          </Suspense>
        )}
      </PopoverContent>
    </Popover>
  );
}
