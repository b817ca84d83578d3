"use client";

import type { UseMutationResult } from "@tanstack/react-query";

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
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/**
 * The confirmation every delete shares: names what goes, keeps the server's reason in the dialog on
 * failure, and cannot be dismissed while the request runs (closing clears a shown error).
 */
export function DeleteAlert({
  kind,
  name,
  description,
  open,
  onOpenChange,
  remove,
  trigger,
  verb = "Delete",
}: {
  /** What is deleted, in the EGP's words: "model", "template", "deployment", "group". */
  kind: string;
  name: string;
  description: React.ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  remove: Pick<
    UseMutationResult<unknown, Error, void>,
    "mutate" | "reset" | "isPending" | "isError" | "error"
  >;
  /** The button that opens it, when the dialog owns one. */
  trigger?: React.ReactNode;
  /** What happens, for what is not deleted outright: "Remove" a user, "Revoke" a key. */
  verb?: string;
}) {
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (remove.isPending) return;
        onOpenChange(next);
        if (!next) remove.reset();
      }}
    >
      {trigger && <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            {verb} {kind} “{name}”?
          </AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {remove.isError && (
          <p
            role="alert"
            className="bg-status-danger-bg text-status-danger rounded-md border px-3 py-2 text-sm"
          >
            {remove.error?.message}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={remove.isPending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={() => remove.mutate()} disabled={remove.isPending}>
            {remove.isPending && <Spinner aria-hidden />}
            {verb} {kind}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
