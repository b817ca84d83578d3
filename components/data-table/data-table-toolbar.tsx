import { XIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

/** The row above a table: search and filters on the left, "Reset" when anything is set. */
export function DataTableToolbar({
  children,
  canReset,
  onReset,
}: {
  children: React.ReactNode;
  canReset: boolean;
  onReset: () => void;
}) {
  return (
    <div role="search" className="flex flex-wrap items-center gap-2">
      {children}
      {canReset && (
        <Button variant="ghost" size="sm" onClick={onReset} className="h-9">
          Reset
          <XIcon />
        </Button>
      )}
    </div>
  );
}
