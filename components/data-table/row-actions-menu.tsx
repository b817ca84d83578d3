"use client";

import { CopyIcon, MoreHorizontalIcon } from "lucide-react";
import { toast } from "@/lib/toast";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** The "…" menu at the end of a row; `name` makes each trigger's label unique for screen readers. */
export function RowActionsMenu({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-end">
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${name}`}>
            <MoreHorizontalIcon />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="min-w-44">
          {children}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}

export function CopyIdItem({ id }: { id: string }) {
  return (
    <DropdownMenuItem
      onSelect={() => {
        void navigator.clipboard?.writeText(id).then(
          () => toast.success("ID copied"),
          () => toast.error("Could not copy to the clipboard"),
        );
      }}
    >
      <CopyIcon /> Copy ID
    </DropdownMenuItem>
  );
}
