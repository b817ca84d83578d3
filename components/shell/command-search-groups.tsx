"use client";

import { useQueries } from "@tanstack/react-query";
import { ArrowRightIcon } from "lucide-react";

import { CommandGroup, CommandItem } from "@/components/ui/command";
import { Spinner } from "@/components/ui/spinner";
import { commandSearchQuery, type CommandSearchSource } from "./command-sources";

/** One cmdk group per async source; results carry the query as a keyword so cmdk's own filter keeps them. */
export function CommandSearchGroups({
  sources,
  query,
  onSelect,
}: {
  sources: readonly CommandSearchSource[];
  query: string;
  onSelect: (href: string) => void;
}) {
  const results = useQueries({ queries: sources.map((source) => commandSearchQuery(source, query)) });
  return sources.map((source, index) => {
    const result = results[index];
    if (!result || (result.fetchStatus === "idle" && !result.data)) return null;
    return (
      <CommandGroup key={source.id} heading={source.heading}>
        {result.isFetching && !result.data && (
          <div className="text-muted-foreground flex items-center gap-2 px-2 py-2 text-sm">
            <Spinner /> Searching…
          </div>
        )}
        {result.isError && (
          <div className="text-muted-foreground px-2 py-2 text-sm">Search failed: {result.error.message}</div>
        )}
        {result.data?.map((entry) => {
          const Icon = entry.icon ?? ArrowRightIcon;
          return (
            <CommandItem
              key={entry.id}
              value={`${source.id}:${entry.id}:${entry.label}`}
              keywords={[query, entry.label]}
              onSelect={() => onSelect(entry.href)}
            >
              <Icon />
              <span className="truncate">{entry.label}</span>
              {entry.description && (
                <span className="text-muted-foreground ml-auto truncate text-xs">{entry.description}</span>
              )}
            </CommandItem>
          );
        })}
      </CommandGroup>
    );
  });
}
