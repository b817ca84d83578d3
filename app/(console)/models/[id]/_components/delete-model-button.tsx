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
import type { DeleteResult, Model } from "@/lib/egp/types";
import { deploymentQueries } from "@/lib/queries/deployments";
import { modelQueries } from "@/lib/queries/models";

export function DeleteModelButton({ model, defaultOpen = false }: { model: Model; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      fetchJson<DeleteResult>(`/api/models/${encodeURIComponent(model.id)}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success(`Deleted model ${model.name}`);
      setOpen(false);
      router.push("/models");
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: modelQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: deploymentQueries.lists() }),
      ]);
    },
  });
  const count = model.deployment_count;
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
          <AlertDialogTitle>Delete model “{model.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            {count > 0
              ? `Its ${count} deployment${count === 1 ? "" : "s"} stop and are deleted with it. This cannot be undone.`
              : "This cannot be undone."}
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
            Delete model
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
