"use client";

import { ConfirmDeleteDialog } from "@/components/confirm-delete-dialog";
import type { ModelTemplate } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { templateMutations } from "@/lib/mutations/templates";

export function DeleteTemplateButton({
  template,
  defaultOpen = false,
}: {
  template: ModelTemplate;
  defaultOpen?: boolean;
}) {
  return (
    <ConfirmDeleteDialog
      kind="template"
      name={template.name}
      description="The template is removed for everyone in this account. EGP refuses while models still use it."
      remove={(queryClient, then) => templateMutations.remove(queryClient, template.id, then)}
      redirectTo={hrefs.templates()}
      defaultOpen={defaultOpen}
    />
  );
}
