"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckIcon } from "lucide-react";
import { toast } from "@/lib/toast";

import { humanize } from "@/components/data-table/data-table-filter";
import {
  Command,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { timeAgo } from "@/components/data-table/cells";
import type { Model, ModelGroup } from "@/lib/egp/types";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { groupMutations } from "@/lib/mutations/groups";
import { modelQueries } from "@/lib/queries/models";
import { SHORT_ID } from "@/lib/same-name";

/** Searchable picker: find a model by name and put it in this group (moving it from another). */
export function AddModelDialog({
  group,
  open,
  onOpenChange,
}: {
  group: ModelGroup;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 200);
  const models = useQuery(modelQueries.list({ q: q || undefined, limit: 10, page: 1, sort: "name:asc" }));
  const add = useMutation(
    groupMutations.addModel(queryClient, group.id, (_saved, model) => {
      toast.success(`Added “${model.display_name || model.name}” to ${group.name}`);
      onOpenChange(false);
    }),
  );

  return (
    <Dialog open={open} onOpenChange={(next) => !add.isPending && onOpenChange(next)}>
      <DialogContent className="gap-0 overflow-hidden p-0 sm:max-w-lg">
        <DialogHeader className="p-6 pb-4">
          <DialogTitle>Add a model to {group.name}</DialogTitle>
          <DialogDescription>
            Search by name. A model belongs to one group; picking one from another group moves it here.
          </DialogDescription>
        </DialogHeader>
        <Command shouldFilter={false} className="border-t" label="Models">
          <CommandInput placeholder="Search models by name…" value={search} onValueChange={setSearch} />
          <CommandList className="max-h-80">
            {models.isPending ? (
              <div className="text-muted-foreground flex items-center gap-2 p-4 text-sm">
                <Spinner /> Loading models…
              </div>
            ) : models.isError ? (
              <p role="alert" className="text-destructive p-4 text-sm">
                {models.error.message}
              </p>
            ) : (
              <CommandEmpty>No model matches “{q}”.</CommandEmpty>
            )}
            <CommandGroup heading={q ? "Matching models" : "Models"}>
              {models.data?.items.map((model) => (
                <ModelOption
                  key={model.id}
                  model={model}
                  groupId={group.id}
                  busy={add.isPending && add.variables?.id === model.id}
                  onPick={() => add.mutate(model)}
                />
              ))}
            </CommandGroup>
          </CommandList>
        </Command>
        {add.isError && (
          <p role="alert" className="text-destructive border-t px-6 py-3 text-sm">
            {add.error.message}
          </p>
        )}
      </DialogContent>
    </Dialog>
  );
}

function ModelOption({
  model,
  groupId,
  busy,
  onPick,
}: {
  model: Model;
  groupId: string;
  busy: boolean;
  onPick: () => void;
}) {
  const here = model.model_group_id === groupId;
  const elsewhere = model.model_group_id && !here ? (model.model_group?.name ?? "another group") : null;
  return (
    <CommandItem value={model.id} disabled={here} onSelect={onPick} className="gap-3 py-2.5">
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="truncate font-medium">{model.display_name || model.name}</span>
        <span className="text-muted-foreground truncate text-xs">
          <span className="font-mono">{model.name}</span> · {humanize(model.model_type)} ·{" "}
          {timeAgo(model.created_at)} · <span className="font-mono">{model.id.slice(0, SHORT_ID)}</span>
          {elsewhere && ` · in ${elsewhere}`}
        </span>
      </div>
      {busy ? (
        <Spinner />
      ) : here ? (
        <span className="text-muted-foreground flex items-center gap-1 text-xs">
          <CheckIcon /> In this group
        </span>
      ) : null}
    </CommandItem>
  );
}
