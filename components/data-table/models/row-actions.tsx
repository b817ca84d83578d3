"use client";

import Link from "next/link";
import { ExternalLinkIcon, RocketIcon } from "lucide-react";

import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { CopyIdItem, RowActionsMenu } from "../row-actions-menu";

export function ModelRowActions({ model, defaultOpen }: { model: Model; defaultOpen?: boolean }) {
  return (
    <RowActionsMenu name={model.display_name || model.name} defaultOpen={defaultOpen}>
      <DropdownMenuItem asChild>
        <Link href={hrefs.model(model.id)}>
          <ExternalLinkIcon /> Open
        </Link>
      </DropdownMenuItem>
      <DropdownMenuItem asChild>
        <Link href={hrefs.deployments({ model: model.id })}>
          <RocketIcon /> View deployments
        </Link>
      </DropdownMenuItem>
      <DropdownMenuSeparator />
      <CopyIdItem id={model.id} />
    </RowActionsMenu>
  );
}
