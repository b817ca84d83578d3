"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
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
import type { DeleteResult, ModelTemplate } from "@/lib/egp/types";
import { templateQueries } from "@/lib/queries/templates";

export function DeleteTemplateButton({
  template,
  defaultOpen = false,
}: {
  template: ModelTemplate;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      fetchJson<DeleteResult>(`/api/templates/${encodeURIComponent(template.id)}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success(`Deleted template ${template.name}`);
      setOpen(false);
      router.push("/templates");
      await queryClient.invalidateQueries({ queryKey: templateQueries.lists() });
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
          <AlertDialogTitle>Delete template “{template.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            The template is removed for everyone in this account. EGP refuses while models still use it.
          </AlertDialogDescription>
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
            Delete template
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
