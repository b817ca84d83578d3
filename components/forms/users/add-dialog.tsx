"use client";

import { useId, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

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
import type { AddedUser } from "@/lib/egp/local-users";
import { userMutations } from "@/lib/mutations/users";
import type { NewUser } from "@/lib/schemas/users";
import { toast } from "@/lib/toast";
import { UserForm } from "./form";
import { KeyOnce } from "./key-once";

/** Adds a user to the current account; a new user's key is then shown once, in the same dialog. */
export function AddUserDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const formId = useId();
  const queryClient = useQueryClient();
  const [minted, setMinted] = useState<AddedUser | null>(null);
  const mutation = useMutation(userMutations.add(queryClient));
  const setOpen = (next: boolean) => {
    if (mutation.isPending) return;
    onOpenChange(next);
    if (!next) setMinted(null);
  };

  async function submit(values: NewUser) {
    const added = await mutation.mutateAsync(values);
    if (added.api_key) return setMinted(added);
    toast.success(`Added ${added.email} as ${added.role}; they keep the API keys they have`);
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{minted ? `Added ${minted.email}` : "Add user"}</DialogTitle>
          <DialogDescription>
            {minted
              ? `Role in this account: ${minted.role}.`
              : "Give someone a role in this account. Roles can be changed later."}
          </DialogDescription>
        </DialogHeader>
        {minted?.api_key ? (
          <KeyOnce email={minted.email} apiKey={minted.api_key} />
        ) : (
          open && <UserForm id={formId} defaultValues={{ email: "", role: "viewer" }} onSubmit={submit} />
        )}
        <DialogFooter>
          {minted ? (
            <Button onClick={() => setOpen(false)}>Done</Button>
          ) : (
            <>
              <Button variant="outline" onClick={() => setOpen(false)} disabled={mutation.isPending}>
                Cancel
              </Button>
              <Button type="submit" form={formId} disabled={mutation.isPending}>
                {mutation.isPending && <Spinner />}
                Add user
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
