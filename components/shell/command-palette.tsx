"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { SearchIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import type { CommandSearchSource } from "./command-sources";

// cmdk and the Dialog weigh ~25 KB gzipped: every page would pay for them at first load, so the
// dialog's chunk is fetched on the first open (or when the pointer or focus reaches the trigger).
const loadDialog = () => import("./command-palette-dialog");
const CommandPaletteDialog = lazy(loadDialog);

/** ⌘K / Ctrl+K palette: navigation and theme, plus any async sources (prop or registered). */
export function CommandPalette({ sources = [] }: { sources?: readonly CommandSearchSource[] }) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        setMounted(true);
        setOpen((previous) => !previous);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        className="text-muted-foreground bg-muted/40 hover:bg-muted relative w-9 justify-start gap-2 px-0 font-normal sm:w-56 sm:px-2.5"
      >
        <SearchIcon className="mx-auto sm:mx-0" />
        <span className="hidden sm:inline">Search…</span>
        <Kbd className="bg-background ml-auto hidden border sm:inline-flex">⌘K</Kbd>
        <span className="sr-only sm:hidden">Open command palette</span>
      </Button>
      {mounted && (
        <Suspense fallback={null}>
          <CommandPaletteDialog open={open} onOpenChange={setOpen} sources={sources} />
        </Suspense>
      )}
    </>
  );
}
