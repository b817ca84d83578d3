"use client";

import { ConfirmDeleteDialog } from "@/components/confirm-delete-dialog";
import type { Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { modelMutations } from "@/lib/mutations/models";

export function DeleteModelButton({ model, defaultOpen = false }: { model: Model; defaultOpen?: boolean }) {
  const count = model.deployment_count;
  return (
    <ConfirmDeleteDialog
      kind="model"
      name={model.name}
      description={
        count === 0
          ? "This cannot be undone."
          : count === 1
            ? "Its deployment stops and is deleted with it. This cannot be undone."
            : `Its ${count} deployments stop and are deleted with it. This cannot be undone.`
      }
      remove={(queryClient, then) => modelMutations.remove(queryClient, model.id, then)}
      redirectTo={hrefs.models()}
      defaultOpen={defaultOpen}
    />
  );
}
