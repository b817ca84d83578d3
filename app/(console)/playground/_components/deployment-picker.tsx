"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { ChevronsUpDownIcon } from "lucide-react";
import type { PLAYGROUND_PANELS } from "@/components/playground/registry";
import { targetLabel, type PlaygroundTarget } from "@/components/playground/shared/types";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Skeleton } from "@/components/ui/skeleton";
import type { ZooEntry } from "@/lib/playground/zoo";
import { cn } from "@/lib/utils";

// cmdk and its list load on the first open: the page's first load carries only the button.
const DeploymentPickerList = dynamic(
  () => import("./deployment-picker-list").then((m) => m.DeploymentPickerList),
  {
    loading: () => (
      <div className="space-y-2 p-3" role="status" aria-label="Loading deployments">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-8 w-full" />
      </div>
    ),
  },
);

/** The "Model zoo" group: built-in models run by name. */
export type ZooChoice = {
  entries: ZooEntry[];
  value: ZooEntry | null;
  onSelect: (entry: ZooEntry) => void;
  /** Where the names come from, shown under the group. */
  note?: string;
};

export type PickerGroup = { panel: (typeof PLAYGROUND_PANELS)[number]; targets: PlaygroundTarget[] };

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
  groups: PickerGroup[];
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
        {open && (
          <DeploymentPickerList
            groups={groups}
            value={value}
            onSelect={onSelect}
            allowNone={allowNone}
            zoo={zoo}
            setOpen={setOpen}
          />
        )}
      </PopoverContent>
    </Popover>
  );
}
