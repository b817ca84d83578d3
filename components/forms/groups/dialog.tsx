"use client";

import { useId } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { ModelGroup } from "@/lib/egp/types";
import { groupMutations } from "@/lib/mutations/groups";
import type { GroupInput } from "@/lib/schemas/groups";
import { GroupForm } from "./form";

/** Create a group (no `group`) or rename/describe one; closes and calls `onSaved` on success. */
export function GroupDialog({
  group,
  open,
  onOpenChange,
  onSaved,
}: {
  group?: ModelGroup;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved?: (group: ModelGroup) => void;
}) {
  const formId = useId();
  const queryClient = useQueryClient();
  const editing = Boolean(group);
  const mutation = useMutation(groupMutations.save(queryClient, group ?? undefined));

  async function submit(values: GroupInput) {
    const saved = await mutation.mutateAsync(values);
    // The name the user typed, should an answer ever come back without one.
    const name = typeof saved?.name === "string" && saved.name ? saved.name : values.name;
    toast.success(editing ? `Saved “${name}”` : `Created group “${name}”`);
    onOpenChange(false);
    onSaved?.(saved);
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !mutation.isPending && onOpenChange(next)}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{editing ? "Rename group" : "New group"}</DialogTitle>
          <DialogDescription>
            {editing
              ? "Change the group's name or description. Its models stay in it."
              : "Groups gather models, for example every version of one base model."}
          </DialogDescription>
        </DialogHeader>
        {open && (
          <GroupForm
            id={formId}
            defaultValues={{ name: group?.name ?? "", description: group?.description ?? "" }}
            onSubmit={submit}
          />
        )}
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={formId} disabled={mutation.isPending}>
            {mutation.isPending && <Spinner />}
            {editing ? "Save" : "Create group"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
