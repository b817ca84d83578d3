"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useTheme } from "next-themes";
import { MonitorIcon, MoonIcon, SearchIcon, SunIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { Kbd } from "@/components/ui/kbd";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { CommandSearchGroups } from "./command-search-groups";
import { useRegisteredCommandSources, type CommandSearchSource } from "./command-sources";
import { NAV_ITEMS } from "./nav-items";

const THEMES = [
  { value: "light", label: "Light theme", icon: SunIcon },
  { value: "dark", label: "Dark theme", icon: MoonIcon },
  { value: "system", label: "System theme", icon: MonitorIcon },
] as const;

/** ⌘K / Ctrl+K palette: navigation and theme, plus any async sources (prop or registered). */
export function CommandPalette({ sources = [] }: { sources?: readonly CommandSearchSource[] }) {
  const router = useRouter();
  const { setTheme } = useTheme();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const debouncedQuery = useDebouncedValue(query, 200);
  const registered = useRegisteredCommandSources();
  const allSources = useMemo(() => [...sources, ...registered], [sources, registered]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        setOpen((previous) => !previous);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const changeOpen = useCallback((next: boolean) => {
    setOpen(next);
    if (!next) setQuery("");
  }, []);

  const run = useCallback(
    (action: () => void) => {
      changeOpen(false);
      action();
    },
    [changeOpen],
  );

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        onClick={() => changeOpen(true)}
        className="text-muted-foreground bg-muted/40 hover:bg-muted relative w-9 justify-start gap-2 px-0 font-normal sm:w-56 sm:px-2.5"
      >
        <SearchIcon className="mx-auto sm:mx-0" />
        <span className="hidden sm:inline">Search…</span>
        <Kbd className="bg-background ml-auto hidden border sm:inline-flex">⌘K</Kbd>
        <span className="sr-only sm:hidden">Open command palette</span>
      </Button>
      <CommandDialog
        open={open}
        onOpenChange={changeOpen}
        title="Command palette"
        description="Jump to a page or run a command"
        showCloseButton={false}
      >
        <CommandInput placeholder="Type a command or search…" value={query} onValueChange={setQuery} />
        <CommandList>
          <CommandEmpty>No results found.</CommandEmpty>
          <CommandGroup heading="Navigation">
            {NAV_ITEMS.map((item) => (
              <CommandItem
                key={item.href}
                value={`Go to ${item.title}`}
                onSelect={() => run(() => router.push(item.href))}
              >
                <item.icon />
                <span>{item.title}</span>
                <span className="text-muted-foreground ml-auto text-xs">{item.description}</span>
              </CommandItem>
            ))}
          </CommandGroup>
          <CommandSearchGroups
            sources={allSources}
            query={debouncedQuery}
            onSelect={(href) => run(() => router.push(href))}
          />
          <CommandGroup heading="Preferences">
            {THEMES.map((theme) => (
              <CommandItem
                key={theme.value}
                value={theme.label}
                onSelect={() => run(() => setTheme(theme.value))}
              >
                <theme.icon />
                <span>{theme.label}</span>
              </CommandItem>
            ))}
          </CommandGroup>
        </CommandList>
      </CommandDialog>
    </>
  );
}
