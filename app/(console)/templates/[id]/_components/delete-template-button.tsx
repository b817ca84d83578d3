"use client";

import { ConfirmDeleteDialog } from "@/components/confirm-delete-dialog";
import type { ModelTemplate } from "@/lib/egp/types";
import { templateQueries } from "@/lib/queries/templates";

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
      url={`/api/templates/${encodeURIComponent(template.id)}`}
      redirectTo="/templates"
      invalidate={[templateQueries.lists()]}
      defaultOpen={defaultOpen}
    />
  );
}
