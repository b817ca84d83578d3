"use client";

import { DeploymentStatusBadge } from "@/components/status/deployment-status-badge";
import type { Deployment } from "@/lib/egp/types";
import { TimeCell } from "../cells";
import { nameColumn } from "../name-column";
import type { DataTableColumn } from "../types";
import { DeploymentModelCell } from "./model-cell";
import { deploymentHref } from "./href";
import { lazyMenu } from "@/components/lazy/lazy-menu";
import { RowActionsTrigger } from "../row-actions-trigger";

// The row menu (Radix Menu) loads on first press; rows show the same button until then.
const DeploymentRowActions = lazyMenu(
  () => import("./row-actions").then((mod) => mod.DeploymentRowActions),
  ({ deployment }: { deployment: Deployment }) => <RowActionsTrigger name={deployment.name} />,
);

export { deploymentHref };

/** The LLM Engine image tag a deployment runs (the spec's only tag on a deployment); Launch ones have none. */
const engineImageTag = (deployment: Deployment) =>
  deployment.vendor_configuration && "inference_framework_image_tag" in deployment.vendor_configuration
    ? deployment.vendor_configuration.inference_framework_image_tag
    : null;

export function deploymentColumns({ canExecute }: { canExecute: boolean }): DataTableColumn<Deployment>[] {
  return [
    nameColumn<Deployment>({
      sortField: "name",
      href: deploymentHref,
      title: (deployment) => deployment.name,
      tag: engineImageTag,
    }),
    {
      id: "status",
      header: "Status",
      sortField: "status",
      cell: (deployment) => <DeploymentStatusBadge status={deployment.status} />,
    },
    {
      id: "model",
      header: "Model",
      className: "hidden md:table-cell",
      cell: (deployment) => <DeploymentModelCell modelId={deployment.model_instance_id} />,
    },
    {
      id: "created_at",
      header: "Created",
      sortField: "created_at",
      className: "hidden sm:table-cell",
      cell: (deployment) => <TimeCell value={deployment.created_at} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      className: "w-12",
      cell: (deployment) => <DeploymentRowActions deployment={deployment} canExecute={canExecute} />,
    },
  ];
}
