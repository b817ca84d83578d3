"use client";

import { useState } from "react";
import Link from "next/link";
import { ExternalLinkIcon, PencilIcon, Trash2Icon } from "lucide-react";

import { DeleteGroupDialog, GroupDialog } from "@/components/forms/groups/lazy";
import { DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { ModelGroup } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { VIEWER_REASON } from "../gated-action";
import { CopyIdItem, RowActionsMenu } from "../row-actions-menu";

export function GroupRowActions({
  group,
  canWrite,
  defaultOpen,
}: {
  group: ModelGroup;
  canWrite: boolean;
  defaultOpen?: boolean;
}) {
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const close = (open: boolean) => !open && setDialog(null);
  return (
    <>
      <RowActionsMenu name={group.name} defaultOpen={defaultOpen}>
        <DropdownMenuItem asChild>
          <Link href={hrefs.group(group.id)}>
            <ExternalLinkIcon /> Open
          </Link>
        </DropdownMenuItem>
        {canWrite && (
          <DropdownMenuItem onSelect={() => setDialog("rename")}>
            <PencilIcon /> Rename
          </DropdownMenuItem>
        )}
        <CopyIdItem id={group.id} />
        <DropdownMenuSeparator />
        {canWrite ? (
          <DropdownMenuItem variant="destructive" onSelect={() => setDialog("delete")}>
            <Trash2Icon /> Delete
          </DropdownMenuItem>
        ) : (
          <DropdownMenuLabel className="text-muted-foreground max-w-56 text-xs font-normal">
            {VIEWER_REASON}
          </DropdownMenuLabel>
        )}
      </RowActionsMenu>
      {dialog === "rename" && <GroupDialog group={group} open onOpenChange={close} />}
      {dialog === "delete" && <DeleteGroupDialog group={group} open onOpenChange={close} />}
    </>
  );
}
