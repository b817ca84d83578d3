"use client";

import Link from "next/link";
import { ExternalLinkIcon, FolderMinusIcon, RocketIcon } from "lucide-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { modelMutations } from "@/lib/mutations/models";
import { groupQueries } from "@/lib/queries/groups";
import { toast } from "@/lib/toast";
import { CopyIdItem, RowActionsMenu } from "../row-actions-menu";

type Props = { model: Model; inGroup?: { id: string; name: string }; defaultOpen?: boolean };

export function ModelRowActions({ model, inGroup, defaultOpen }: Props) {
  const name = model.display_name || model.name;
  return (
    <RowActionsMenu name={name} defaultOpen={defaultOpen}>
      <DropdownMenuItem asChild>
        <Link href={hrefs.model(model.id)}>
          <ExternalLinkIcon /> Open
        </Link>
      </DropdownMenuItem>
      <DropdownMenuItem asChild>
        <Link href={hrefs.deployments({ model: model.id })}>
          <RocketIcon /> View deployments
        </Link>
      </DropdownMenuItem>
      {inGroup && <RemoveFromGroupItem model={model} name={name} group={inGroup} />}
      <DropdownMenuSeparator />
      <CopyIdItem id={model.id} />
    </RowActionsMenu>
  );
}

/** Takes the model out of the group whose page this is; the model itself stays. */
function RemoveFromGroupItem({
  model,
  name,
  group,
}: {
  model: Model;
  name: string;
  group: { id: string; name: string };
}) {
  const queryClient = useQueryClient();
  // Callbacks live on the mutation, not on mutate(): the menu (and this item) unmounts as it closes.
  const remove = useMutation({
    ...modelMutations.update(queryClient, model.id, () =>
      toast.success(`${name} is no longer in ${group.name}.`),
    ),
    onError: (error) => toast.error(`Could not remove ${name} from ${group.name}: ${error.message}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: groupQueries.detail(group.id).queryKey }),
  });
  return (
    <DropdownMenuItem disabled={remove.isPending} onSelect={() => remove.mutate({ model_group_id: null })}>
      <FolderMinusIcon /> Remove from group
    </DropdownMenuItem>
  );
}
