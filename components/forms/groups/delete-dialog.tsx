"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { DeleteAlert } from "@/components/delete-alert";
import { fetchJson } from "@/lib/api/http";
import type { DeleteResult, ModelGroup } from "@/lib/egp/types";
import { groupQueries } from "@/lib/queries/groups";
import { modelQueries } from "@/lib/queries/models";

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
  const mutation = useMutation({
    mutationFn: () =>
      fetchJson<DeleteResult>(`/api/groups/${encodeURIComponent(group.id)}`, { method: "DELETE" }),
    onSuccess: async () => {
      // Marked stale without refetching: the open group page is about to navigate away.
      await queryClient.invalidateQueries({
        queryKey: groupQueries.detail(group.id).queryKey,
        refetchType: "none",
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: modelQueries.all }),
      ]);
      toast.success(`Deleted group “${group.name}”`);
      onOpenChange(false);
      onDeleted?.();
    },
  });

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
