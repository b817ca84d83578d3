"use client";

import { useState } from "react";
import { BoxesIcon, CheckIcon, ChevronsUpDownIcon } from "lucide-react";
import type { PLAYGROUND_PANELS } from "@/components/playground/registry";
import { targetLabel, type PlaygroundTarget } from "@/components/playground/shared/types";
import { Button } from "@/components/ui/button";
import {
  Command,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { ZOO_ROUTE_LABEL, zooKey, type ZooEntry } from "@/lib/playground/zoo";
import { cn } from "@/lib/utils";

/** The "Model zoo" group: built-in models run by name. */
export type ZooChoice = {
  entries: ZooEntry[];
  value: ZooEntry | null;
  onSelect: (entry: ZooEntry) => void;
  /** Where the names come from, shown under the group. */
  note?: string;
};

type Group = { panel: (typeof PLAYGROUND_PANELS)[number]; targets: PlaygroundTarget[] };

/** Searchable list of READY deployments across models, grouped by model type. */
export function DeploymentPicker({
  groups,
  value,
  onSelect,
  label,
  placeholder,
  allowNone,
  zoo,
}: {
  groups: Group[];
  value: PlaygroundTarget | null;
  onSelect: (target: PlaygroundTarget | null) => void;
  label: string;
  placeholder: string;
  allowNone?: boolean;
  zoo?: ZooChoice;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-label={label}
          className="w-full justify-between sm:w-72"
        >
          <span className={cn("truncate", !value && !zoo?.value && "text-muted-foreground")}>
            {value
              ? `${targetLabel(value)} · ${value.deployment.name}`
              : zoo?.value
                ? `${zoo.value.name} · by name`
                : placeholder}
          </span>
          <ChevronsUpDownIcon aria-hidden className="opacity-50" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-[min(24rem,calc(100vw-2rem))] p-0" align="start">
        <Command>
          <CommandInput placeholder="Search models and deployments…" aria-label="Search deployments" />
          <CommandList>
            <CommandEmpty>No READY deployment matches.</CommandEmpty>
            {allowNone && value && (
              <CommandGroup>
                <CommandItem
                  value="__none__ stop comparing"
                  onSelect={() => (onSelect(null), setOpen(false))}
                >
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
      </PopoverContent>
    </Popover>
  );
}
