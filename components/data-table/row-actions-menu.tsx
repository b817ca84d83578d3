"use client";

import { CopyIcon } from "lucide-react";
import { toast } from "@/lib/toast";

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { RowActionsButton } from "./row-actions-trigger";

/** The "…" menu at the end of a row; `name` makes each trigger's label unique for screen readers. */
export function RowActionsMenu({
  name,
  defaultOpen,
  children,
}: {
  name: string;
  defaultOpen?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="flex justify-end">
      <DropdownMenu modal={false} defaultOpen={defaultOpen}>
        <DropdownMenuTrigger asChild>
          <RowActionsButton name={name} />
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
