"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
} from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { DeleteAlert } from "@/components/delete-alert";
import { DeleteTriggerButton } from "@/components/lazy/trigger-buttons";
import type { DeleteResult } from "@/lib/egp/types";
import type { Then } from "@/lib/mutations/then";

type Props = {
  /** What is deleted, in the EGP's words: "model", "template", "deployment". */
  kind: string;
  name: string;
  description: string;
  /** The resource's remove mutation (lib/mutations), which runs `then` before refetching. */
  remove: (
    queryClient: QueryClient,
    then: Then<DeleteResult, void>,
  ) => UseMutationOptions<DeleteResult, Error, void>;
  /** Where to go once it is gone. */
  redirectTo: string;
  defaultOpen?: boolean;
};

/** Deletes a resource after a confirmation that names it; the server's reason stays in the dialog on failure. */
export function ConfirmDeleteDialog({
  kind,
  name,
  description,
  remove: removeOptions,
  redirectTo,
  defaultOpen = false,
}: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation(
    removeOptions(queryClient, () => {
      toast.success(`Deleted ${kind} ${name}`);
      setOpen(false);
      router.push(redirectTo);
    }),
  );
  return (
    <DeleteAlert
      kind={kind}
      name={name}
      description={description}
      open={open}
      onOpenChange={setOpen}
      remove={remove}
      trigger={<DeleteTriggerButton />}
    />
  );
}
