"use client";

import Link from "next/link";
import { BoxIcon, ExternalLinkIcon, FlaskConicalIcon } from "lucide-react";

import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { Deployment } from "@/lib/egp/types";
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
          <Link href={`/models/${encodeURIComponent(deployment.model_instance_id)}`}>
            <BoxIcon /> Open model
          </Link>
        </DropdownMenuItem>
      )}
      {canExecute && deployment.status === "READY" && (
        <DropdownMenuItem asChild>
          <Link
            href={`/playground?deployment=${encodeURIComponent(deployment.id)}${
              deployment.model_instance_id ? `&model=${encodeURIComponent(deployment.model_instance_id)}` : ""
            }`}
          >
            <FlaskConicalIcon /> Try in playground
          </Link>
        </DropdownMenuItem>
      )}
      <DropdownMenuSeparator />
      <CopyIdItem id={deployment.id} />
    </RowActionsMenu>
  );
}
