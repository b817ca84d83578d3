"use client";

import type { ComponentProps } from "react";
import { MoreHorizontalIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

/** The "…" button; `name` makes each trigger's label unique for screen readers. */
export function RowActionsButton({ name, ...props }: { name: string } & ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${name}`} {...props}>
      <MoreHorizontalIcon />
    </Button>
  );
}

/** What a row shows before its menu's code has loaded (see lazyMenu): the same cell and button. */
export function RowActionsTrigger({ name }: { name: string }) {
  return (
    <div className="flex justify-end">
      <RowActionsButton name={name} />
    </div>
  );
}
