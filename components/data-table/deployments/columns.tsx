"use client";

import { DeploymentStatusBadge } from "@/components/status/deployment-status-badge";
import type { Deployment } from "@/lib/egp/types";
import { NameCell, TimeCell } from "../cells";
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

export function deploymentColumns({ canExecute }: { canExecute: boolean }): DataTableColumn<Deployment>[] {
  return [
    {
      id: "name",
      header: "Name",
      sortField: "name",
      cell: (deployment) => <NameCell href={deploymentHref(deployment)} title={deployment.name} />,
    },
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
