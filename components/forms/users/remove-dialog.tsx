"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { DeleteAlert } from "@/components/delete-alert";
import type { LocalUser } from "@/lib/egp/local-users";
import { userMutations } from "@/lib/mutations/users";
import { toast } from "@/lib/toast";

/** Asks before taking the user out of the current account. */
export function RemoveUserDialog({
  user,
  self = false,
  open,
  onOpenChange,
}: {
  user: LocalUser;
  /** Removing yourself ends your own access to this account. */
  self?: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const mutation = useMutation(
    userMutations.remove(queryClient, user.id, (removed) => {
      toast.success(
        removed.keys_revoked
          ? `Removed ${user.email}; in no account any more, their keys are revoked`
          : `Removed ${user.email} from this account`,
      );
      onOpenChange(false);
    }),
  );
  return (
    <DeleteAlert
      verb="Remove"
      kind="user"
      name={user.email}
      description={
        self
          ? "You lose access to this account yourself. If it is your last account, your API keys are revoked too."
          : "They lose access to this account. If it was their last account, their API keys are revoked too."
      }
      open={open}
      onOpenChange={onOpenChange}
      remove={mutation}
    />
  );
}
