"use client";

import { useEffect, useSyncExternalStore } from "react";
import { queryOptions } from "@tanstack/react-query";
import type { LucideIcon } from "lucide-react";

export type CommandSearchResult = {
  id: string;
  label: string;
  href: string;
  description?: string;
  icon?: LucideIcon;
};

/** An async source of palette entries, e.g. "jump to a model by name". */
export type CommandSearchSource = {
  id: string;
  heading: string;
  /** Below this many characters the source is not asked (default 1). */
  minQueryLength?: number;
  search: (query: string, signal: AbortSignal) => Promise<CommandSearchResult[]>;
};

let registered: readonly CommandSearchSource[] = [];
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Adds a source for every palette in the app; returns the function that removes it again. */
export function registerCommandSource(source: CommandSearchSource): () => void {
  registered = [...registered.filter((existing) => existing.id !== source.id), source];
  emit();
  return () => {
    registered = registered.filter((existing) => existing !== source);
    emit();
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegisteredCommandSources(): readonly CommandSearchSource[] {
  return useSyncExternalStore(
    subscribe,
    () => registered,
    () => registered,
  );
}

/** Registers `source` while the calling component is mounted; keep `source` referentially stable. */
export function useRegisterCommandSource(source: CommandSearchSource): void {
  useEffect(() => registerCommandSource(source), [source]);
}

export function commandSearchQuery(source: CommandSearchSource, query: string) {
  return queryOptions({
    queryKey: ["command-search", source.id, query] as const,
    queryFn: ({ signal }) => source.search(query, signal),
    enabled: query.trim().length >= (source.minQueryLength ?? 1),
    staleTime: 30_000,
    retry: false,
  });
}
