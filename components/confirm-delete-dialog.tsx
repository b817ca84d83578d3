"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { DeleteTriggerButton } from "@/components/lazy/trigger-buttons";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
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
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (remove.isPending) return;
        setOpen(next);
        if (!next) remove.reset();
      }}
    >
      <AlertDialogTrigger asChild>
        <DeleteTriggerButton />
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            Delete {kind} “{name}”?
          </AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {remove.isError && (
          <p
            role="alert"
            className="bg-status-danger-bg text-status-danger rounded-md border px-3 py-2 text-sm"
          >
            {remove.error.message}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={remove.isPending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={() => remove.mutate()} disabled={remove.isPending}>
            {remove.isPending && <Spinner aria-hidden />}
            Delete {kind}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
