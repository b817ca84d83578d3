"use client";

import Link from "next/link";
import { BoxIcon, ExternalLinkIcon, FlaskConicalIcon } from "lucide-react";

import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { Deployment } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { CopyIdItem, RowActionsMenu } from "../row-actions-menu";

import { deploymentHref } from "./href";

export function DeploymentRowActions({
  deployment,
  canExecute,
  defaultOpen,
}: {
  deployment: Deployment;
  canExecute: boolean;
  defaultOpen?: boolean;
}) {
  return (
    <RowActionsMenu name={deployment.name} defaultOpen={defaultOpen}>
      <DropdownMenuItem asChild>
        <Link href={deploymentHref(deployment)}>
          <ExternalLinkIcon /> Open
        </Link>
      </DropdownMenuItem>
      {deployment.model_instance_id && (
        <DropdownMenuItem asChild>
          <Link href={hrefs.model(deployment.model_instance_id)}>
            <BoxIcon /> Open model
          </Link>
        </DropdownMenuItem>
      )}
      {canExecute && deployment.status === "READY" && (
        <DropdownMenuItem asChild>
          <Link href={hrefs.playground({ deployment: deployment.id, model: deployment.model_instance_id })}>
            <FlaskConicalIcon /> Try in playground
          </Link>
        </DropdownMenuItem>
      )}
      <DropdownMenuSeparator />
      <CopyIdItem id={deployment.id} />
    </RowActionsMenu>
  );
}
