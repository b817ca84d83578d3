"use client";

import { vendorLabel } from "@/lib/egp/labels";
import Link from "next/link";

import type { Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { Dash, MutedCell, ModelTypeBadge, TimeCell } from "../cells";
import { nameColumn } from "../name-column";
import type { DataTableColumn } from "../types";
import { ModelDeploymentsCell } from "./deployments-cell";
import { lazyMenu } from "@/components/lazy/lazy-menu";
import { RowActionsTrigger } from "../row-actions-trigger";

// The row menu (Radix Menu) loads on first press; rows show the same button until then.
const ModelRowActions = lazyMenu(
  () => import("./row-actions").then((mod) => mod.ModelRowActions),
  ({ model }: { model: Model; inGroup?: { id: string; name: string } }) => (
    <RowActionsTrigger name={model.display_name || model.name} />
  ),
);

export const modelHref = (model: Model) => hrefs.model(model.id);

/** `inGroup`: the list is a group's own, so each row's menu can take the model out of it. */
export function modelColumns({
  hideGroup = false,
  inGroup,
}: { hideGroup?: boolean; inGroup?: { id: string; name: string } } = {}): DataTableColumn<Model>[] {
  const columns: (DataTableColumn<Model> | false)[] = [
    // The cell shows the display name when there is one: sort by what is shown. Models have no tag or
    // version field in the EGP spec, so same-named ones are told apart by age and id.
    nameColumn<Model>({
      sortField: "display_name",
      href: modelHref,
      title: (model) => model.display_name || model.name,
      subtitle: (model) => model.name,
    }),
    {
      id: "model_type",
      header: "Type",
      sortField: "model_type",
      // On a phone the name and deployments are what fit; the type filter stays in the toolbar.
      className: "hidden sm:table-cell",
      cell: (model) => <ModelTypeBadge type={model.model_type} />,
    },
    {
      id: "model_vendor",
      header: "Vendor",
      sortField: "model_vendor",
      className: "hidden md:table-cell",
      cell: (model) => <MutedCell>{vendorLabel(model.model_vendor)}</MutedCell>,
    },
    !hideGroup && {
      id: "group",
      header: "Group",
      className: "hidden lg:table-cell",
      cell: (model) =>
        model.model_group_id ? (
          <Link
            href={hrefs.group(model.model_group_id)}
            className="text-muted-foreground hover:text-foreground block max-w-40 truncate underline-offset-4 hover:underline"
          >
            {model.model_group?.name ?? "View group"}
          </Link>
        ) : (
          <Dash />
        ),
    },
    {
      id: "deployment_count",
      header: "Deployments",
      sortField: "deployment_count",
      cell: (model) => <ModelDeploymentsCell model={model} />,
    },
    {
      id: "created_at",
      header: "Created",
      sortField: "created_at",
      className: "hidden sm:table-cell",
      cell: (model) => <TimeCell value={model.created_at} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      className: "w-12",
      cell: (model) => <ModelRowActions model={model} inGroup={inGroup} />,
    },
  ];
  return columns.filter((column) => column !== false);
}
