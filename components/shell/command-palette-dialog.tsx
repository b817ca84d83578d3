"use client";

import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useTheme } from "next-themes";
import { MonitorIcon, MoonIcon, SunIcon } from "lucide-react";

import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { CommandSearchGroups } from "./command-search-groups";
import { useRegisteredCommandSources, type CommandSearchSource } from "./command-sources";
import { NAV_ITEMS } from "./nav-items";

const THEMES = [
  { value: "light", label: "Light theme", icon: SunIcon },
  { value: "dark", label: "Dark theme", icon: MoonIcon },
  { value: "system", label: "System theme", icon: MonitorIcon },
] as const;

export type CommandPaletteDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  sources: readonly CommandSearchSource[];
};

/** The palette itself (cmdk + Dialog); loaded on first open by CommandPalette. */
export default function CommandPaletteDialog({ open, onOpenChange, sources }: CommandPaletteDialogProps) {
  const router = useRouter();
  const { setTheme } = useTheme();
  const [query, setQuery] = useState("");
  const debouncedQuery = useDebouncedValue(query, 200);
  const registered = useRegisteredCommandSources();
  const allSources = useMemo(() => [...sources, ...registered], [sources, registered]);

  const changeOpen = useCallback(
    (next: boolean) => {
      onOpenChange(next);
      if (!next) setQuery("");
    },
    [onOpenChange],
  );

  const run = useCallback(
    (action: () => void) => {
      changeOpen(false);
      action();
    },
    [changeOpen],
  );

  return (
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
  );
}
