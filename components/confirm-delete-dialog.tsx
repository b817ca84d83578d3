"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { DeleteAlert } from "@/components/delete-alert";
import { DeleteTriggerButton } from "@/components/lazy/trigger-buttons";
import { fetchJson } from "@/lib/api/http";
import type { DeleteResult } from "@/lib/egp/types";

type Props = {
  /** What is deleted, in the EGP's words: "model", "template", "deployment". */
  kind: string;
  name: string;
  description: string;
  /** The console API route that answers DELETE. */
  url: string;
  /** Where to go once it is gone. */
  redirectTo: string;
  /** Queries whose data the deletion changes. */
  invalidate: QueryKey[];
  defaultOpen?: boolean;
};

/** Deletes a resource after a confirmation that names it; the server's reason stays in the dialog on failure. */
export function ConfirmDeleteDialog({
  kind,
  name,
  description,
  url,
  redirectTo,
  invalidate,
  defaultOpen = false,
}: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => fetchJson<DeleteResult>(url, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success(`Deleted ${kind} ${name}`);
      setOpen(false);
      router.push(redirectTo);
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
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
