"use client";

import { BoxesIcon, CheckIcon } from "lucide-react";
import { targetLabel, type PlaygroundTarget } from "@/components/playground/shared/types";
import {
  Command,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { ZOO_ROUTE_LABEL, zooKey } from "@/lib/playground/zoo";
import { distinguishing, sameNamed } from "@/lib/same-name";
import { cn } from "@/lib/utils";
import type { PickerGroup, ZooChoice } from "./deployment-picker";

const shownAs = (t: PlaygroundTarget) => `${targetLabel(t)}\u0000${t.deployment.name}`;

/** Deployment ids whose two shown lines (model, deployment name) another entry of the list shares. */
export function sharedLabels(groups: readonly PickerGroup[]): Set<string> {
  const shared = sameNamed(
    groups.flatMap((g) => g.targets),
    shownAs,
  );
  return new Set([...shared].map((t) => t.deployment.id));
}

/** The picker's searchable list (cmdk), loaded when the picker first opens. */
export function DeploymentPickerList({
  groups,
  value,
  onSelect,
  allowNone,
  zoo,
  setOpen,
}: {
  groups: PickerGroup[];
  value: PlaygroundTarget | null;
  onSelect: (target: PlaygroundTarget | null) => void;
  allowNone?: boolean;
  zoo?: ZooChoice;
  setOpen: (open: boolean) => void;
}) {
  const shared = sharedLabels(groups);
  return (
    <Command>
      <CommandInput placeholder="Search models and deployments…" aria-label="Search deployments" />
      <CommandList>
        <CommandEmpty>No READY deployment matches.</CommandEmpty>
        {allowNone && value && (
          <CommandGroup>
            <CommandItem value="__none__ stop comparing" onSelect={() => (onSelect(null), setOpen(false))}>
              Stop comparing
            </CommandItem>
          </CommandGroup>
        )}
        {groups.map(({ panel, targets }) => (
          <CommandGroup key={panel.type} heading={panel.label}>
            {targets.map((t) => (
              <CommandItem
                key={t.deployment.id}
                value={`${targetLabel(t)} ${t.model.name} ${t.deployment.name} ${panel.label} ${t.deployment.id}`}
                onSelect={() => {
                  onSelect(t);
                  setOpen(false);
                }}
              >
                <panel.icon aria-hidden className="text-muted-foreground" />
                <div className="min-w-0 flex-1">
                  <div className="truncate">{targetLabel(t)}</div>
                  <div className="text-muted-foreground truncate font-mono text-xs">
                    {t.deployment.name}
                    {/* Same-named entries say when each was made and which it is. */}
                    {shared.has(t.deployment.id) && ` · ${distinguishing(t.deployment)}`}
                  </div>
                </div>
                <CheckIcon
                  aria-hidden
                  className={cn(
                    "ml-auto",
                    value?.deployment.id === t.deployment.id ? "opacity-100" : "opacity-0",
                  )}
                />
              </CommandItem>
            ))}
          </CommandGroup>
        ))}
        {zoo && zoo.entries.length > 0 && (
          <CommandGroup heading="Model zoo (by name)">
            {zoo.entries.map((entry) => (
              <CommandItem
                key={zooKey(entry)}
                value={`${entry.name} ${ZOO_ROUTE_LABEL[entry.route]} model zoo ${zooKey(entry)}`}
                onSelect={() => {
                  zoo.onSelect(entry);
                  setOpen(false);
                }}
              >
                <BoxesIcon aria-hidden className="text-muted-foreground" />
                <div className="min-w-0 flex-1">
                  <div className="truncate font-mono text-sm">{entry.name}</div>
                  <div className="text-muted-foreground truncate text-xs">
                    {ZOO_ROUTE_LABEL[entry.route]} · /v4/{entry.route}
                  </div>
                </div>
                <CheckIcon
                  aria-hidden
                  className={cn(
                    "ml-auto",
                    zoo.value && zooKey(zoo.value) === zooKey(entry) ? "opacity-100" : "opacity-0",
                  )}
                />
              </CommandItem>
            ))}
            {zoo.note && <p className="text-muted-foreground px-2 py-1.5 text-xs">{zoo.note}</p>}
          </CommandGroup>
        )}
      </CommandList>
    </Command>
  );
}
