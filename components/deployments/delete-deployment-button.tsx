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
import type { DeleteResult, Deployment } from "@/lib/egp/types";
import { modelHref } from "@/lib/models/deployment-meta";
import { deploymentQueries } from "@/lib/queries/deployments";
import { modelQueries } from "@/lib/queries/models";

/** Deletes a deployment after a confirmation that names it, then returns to its model. */
export function DeleteDeploymentButton({
  modelId,
  deployment,
  defaultOpen = false,
}: {
  modelId: string;
  deployment: Deployment;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      fetchJson<DeleteResult>(
        `/api/models/${encodeURIComponent(modelId)}/deployments/${encodeURIComponent(deployment.id)}`,
        { method: "DELETE" },
      ),
    onSuccess: async () => {
      toast.success(`Deleted deployment ${deployment.name}`);
      setOpen(false);
      router.push(modelHref(modelId));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deploymentQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: modelQueries.detail(modelId).queryKey }),
        queryClient.invalidateQueries({ queryKey: modelQueries.lists() }),
      ]);
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
          <AlertDialogTitle>Delete deployment “{deployment.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            Its engine stops and requests to it fail from now on. The model and its other deployments stay.
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
            Delete deployment
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
