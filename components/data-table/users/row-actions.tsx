"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRoundIcon, UserMinusIcon } from "lucide-react";

import { CreateKeyDialog, RemoveUserDialog } from "@/components/forms/users/lazy";
import {
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import type { LocalUser } from "@/lib/egp/local-users";
import { userMutations } from "@/lib/mutations/users";
import { ASSIGNABLE_ROLES } from "@/lib/roles";
import { toast } from "@/lib/toast";
import { RowActionsMenu } from "../row-actions-menu";

export function UserRowActions({
  user,
  self,
  defaultOpen,
}: {
  user: LocalUser;
  self: boolean;
  defaultOpen?: boolean;
}) {
  const [dialog, setDialog] = useState<"key" | "remove" | null>(null);
  const close = (open: boolean) => !open && setDialog(null);
  const queryClient = useQueryClient();
  const role = useMutation({
    ...userMutations.setRole(queryClient, user.id, (saved) =>
      toast.success(`${saved.email} is now ${saved.role}`),
    ),
    onError: (error) => toast.error(error.message),
  });
  return (
    <>
      <RowActionsMenu name={user.email} defaultOpen={defaultOpen}>
        <DropdownMenuLabel>Role</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={user.role}
          onValueChange={(next) => next !== user.role && role.mutate(next)}
        >
          {ASSIGNABLE_ROLES.map((r) => (
            <DropdownMenuRadioItem key={r} value={r} disabled={role.isPending}>
              {r}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        {(user.can_manage_keys || self) && (
          <DropdownMenuItem onSelect={() => setDialog("key")}>
            <KeyRoundIcon /> Create API key
          </DropdownMenuItem>
        )}
        <DropdownMenuItem variant="destructive" onSelect={() => setDialog("remove")}>
          <UserMinusIcon /> Remove from account
        </DropdownMenuItem>
      </RowActionsMenu>
      {dialog === "key" && <CreateKeyDialog user={user} open onOpenChange={close} />}
      {dialog === "remove" && <RemoveUserDialog user={user} self={self} open onOpenChange={close} />}
    </>
  );
}
