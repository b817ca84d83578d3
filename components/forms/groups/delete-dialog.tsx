"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
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
    <AlertDialog open={open} onOpenChange={(next) => !mutation.isPending && onOpenChange(next)}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete group “{group.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            The models in it are not deleted; they just no longer belong to a group. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {mutation.isError && (
          <p role="alert" className="text-destructive text-sm">
            {mutation.error.message}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={mutation.isPending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            {mutation.isPending && <Spinner />}
            Delete group
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
