"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { DeleteAlert } from "@/components/delete-alert";
import type { ModelGroup } from "@/lib/egp/types";
import { groupMutations } from "@/lib/mutations/groups";

/** Asks before deleting, naming the group; its models are kept and become ungrouped. */
export function DeleteGroupDialog({
  group,
  open,
  onOpenChange,
  onDeleted,
}: {
  group: ModelGroup;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted?: () => void;
}) {
  const queryClient = useQueryClient();
  const mutation = useMutation(
    groupMutations.remove(queryClient, group.id, () => {
      toast.success(`Deleted group “${group.name}”`);
      onOpenChange(false);
      onDeleted?.();
    }),
  );

  return (
    <DeleteAlert
      kind="group"
      name={group.name}
      description="The models in it are not deleted; they just no longer belong to a group. This cannot be undone."
      open={open}
      onOpenChange={onOpenChange}
      remove={mutation}
    />
  );
}
