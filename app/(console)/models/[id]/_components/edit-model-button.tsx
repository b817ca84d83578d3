"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/lib/toast";

import { EditTriggerButton } from "@/components/lazy/trigger-buttons";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import type { Model } from "@/lib/egp/types";
import { modelMutations } from "@/lib/mutations/models";
import type { ModelEditFormValues, ModelPatchInput } from "@/lib/schemas/models";

// The form (react-hook-form and its resolver) loads when the dialog opens, not with the page.
const EditModelForm = dynamic(
  () => import("@/components/forms/models/edit-model-form").then((m) => m.EditModelForm),
  {
    loading: () => <Skeleton className="h-96" />,
  },
);

const editValues = (model: Model): ModelEditFormValues => ({
  name: model.name,
  display_name: model.display_name ?? "",
  description: model.description ?? "",
  model_card: model.model_card ?? "",
  model_group_id: model.model_group_id ?? "",
});

/** Only what changed is sent; EGP's PATCH takes a partial model and forbids unknown keys. */
function changes(model: Model, values: ModelEditFormValues): ModelPatchInput {
  const before = editValues(model);
  const patch: Record<string, string> = {};
  for (const key of Object.keys(values) as (keyof ModelEditFormValues)[]) {
    if (values[key] !== before[key] && !(key === "model_group_id" && values[key] === ""))
      patch[key] = values[key];
  }
  return patch;
}

export function EditModelButton({ model, defaultOpen = false }: { model: Model; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const queryClient = useQueryClient();
  const update = useMutation(
    modelMutations.update(queryClient, model.id, () => {
      toast.success(`Saved ${model.name}`);
      setOpen(false);
    }),
  );
  return (
    <Dialog open={open} onOpenChange={(next) => !update.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <EditTriggerButton />
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Edit {model.name}</DialogTitle>
          <DialogDescription>Type and template stay; deployments keep running.</DialogDescription>
        </DialogHeader>
        <EditModelForm
          defaultValues={editValues(model)}
          onSubmit={async (values) => {
            await update.mutateAsync(changes(model, values));
          }}
          onCancel={() => setOpen(false)}
        />
      </DialogContent>
    </Dialog>
  );
}
