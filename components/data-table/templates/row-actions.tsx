"use client";

import Link from "next/link";
import { BoxIcon, ExternalLinkIcon } from "lucide-react";

import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { ModelTemplate } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { CopyIdItem, RowActionsMenu } from "../row-actions-menu";

export function TemplateRowActions({
  template,
  canCreateModel,
  defaultOpen,
}: {
  template: ModelTemplate;
  canCreateModel: boolean;
  defaultOpen?: boolean;
}) {
  return (
    <RowActionsMenu name={template.name} defaultOpen={defaultOpen}>
      <DropdownMenuItem asChild>
        <Link href={hrefs.template(template.id)}>
          <ExternalLinkIcon /> Open
        </Link>
      </DropdownMenuItem>
      {canCreateModel && (
        <DropdownMenuItem asChild>
          <Link href={hrefs.newModel(template.id)}>
            <BoxIcon /> Create model from template
          </Link>
        </DropdownMenuItem>
      )}
      <DropdownMenuSeparator />
      <CopyIdItem id={template.id} />
    </RowActionsMenu>
  );
}
