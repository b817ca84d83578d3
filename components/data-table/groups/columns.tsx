"use client";

import type { ModelGroup } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { Dash, TimeCell } from "../cells";
import { nameColumn } from "../name-column";
import type { DataTableColumn } from "../types";
import { lazyMenu } from "@/components/lazy/lazy-menu";
import { RowActionsTrigger } from "../row-actions-trigger";

// The row menu (Radix Menu) loads on first press; rows show the same button until then.
const GroupRowActions = lazyMenu(
  () => import("./row-actions").then((mod) => mod.GroupRowActions),
  ({ group }: { group: ModelGroup }) => <RowActionsTrigger name={group.name} />,
);

export const groupHref = (group: ModelGroup) => hrefs.group(group.id);

export function groupColumns({ canWrite }: { canWrite: boolean }): DataTableColumn<ModelGroup>[] {
  return [
    nameColumn<ModelGroup>({ sortField: "name", href: groupHref, title: (group) => group.name }),
    {
      id: "description",
      header: "Description",
      className: "hidden md:table-cell w-full",
      cell: (group) =>
        group.description ? (
          <span className="text-muted-foreground block max-w-md truncate">{group.description}</span>
        ) : (
          <Dash />
        ),
    },
    {
      id: "created_at",
      header: "Created",
      sortField: "created_at",
      className: "hidden sm:table-cell",
      cell: (group) => <TimeCell value={group.created_at} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      className: "w-12",
      cell: (group) => <GroupRowActions group={group} canWrite={canWrite} />,
    },
  ];
}
