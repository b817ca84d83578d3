"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { DeleteAlert } from "@/components/delete-alert";
import type { LocalApiKey, LocalUser } from "@/lib/egp/local-users";
import { userMutations } from "@/lib/mutations/users";
import { toast } from "@/lib/toast";

/** Asks before revoking; a revoked key stops working at once and for good. */
export function RevokeKeyDialog({
  target,
  open,
  onOpenChange,
}: {
  target: { user: LocalUser; key: LocalApiKey } | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const mutation = useMutation(
    userMutations.revokeKey(queryClient, target && { userId: target.user.id, keyId: target.key.id }, () => {
      toast.success(`Revoked key ${target!.key.prefix}…`);
      onOpenChange(false);
    }),
  );
  if (!target) return null;
  return (
    <DeleteAlert
      verb="Revoke"
      kind="API key"
      name={`${target.key.prefix}…`}
      description={
        target.key.current
          ? "This is the key this browser signed in with: revoking it signs you out. This cannot be undone."
          : `Anything using this key of ${target.user.email} stops working at once. This cannot be undone.`
      }
      open={open}
      onOpenChange={onOpenChange}
      remove={mutation}
    />
  );
}
