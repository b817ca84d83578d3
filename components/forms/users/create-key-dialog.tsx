"use client";

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
import type { LocalUser } from "@/lib/egp/local-users";
import { userMutations } from "@/lib/mutations/users";
import { KeyOnce } from "./key-once";

/** Asks, then mints a key for the user and shows it once. */
export function CreateKeyDialog({
  user,
  open,
  onOpenChange,
}: {
  user: LocalUser;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const mint = useMutation(userMutations.mintKey(queryClient, user.id));
  return (
    <Dialog open={open} onOpenChange={(next) => !mint.isPending && onOpenChange(next)}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>New API key for {user.email}</DialogTitle>
          <DialogDescription>
            The key acts as {user.email} in every account they belong to. Their other keys keep working.
          </DialogDescription>
        </DialogHeader>
        {mint.data && <KeyOnce email={user.email} apiKey={mint.data.api_key} />}
        {mint.isError && (
          <p
            role="alert"
            className="bg-status-danger-bg text-status-danger rounded-md border px-3 py-2 text-sm"
          >
            {mint.error.message}
          </p>
        )}
        <DialogFooter>
          {mint.data ? (
            <Button onClick={() => onOpenChange(false)}>Done</Button>
          ) : (
            <>
              <Button variant="outline" onClick={() => onOpenChange(false)} disabled={mint.isPending}>
                Cancel
              </Button>
              <Button onClick={() => mint.mutate()} disabled={mint.isPending}>
                {mint.isPending && <Spinner />}
                Create key
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
