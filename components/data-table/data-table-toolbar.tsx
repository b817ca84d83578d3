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
    <div role="search" className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
      {children}
      {canReset && (
        <Button variant="ghost" size="sm" onClick={onReset} className="h-9 self-start sm:self-auto">
          Reset
          <XIcon />
        </Button>
      )}
    </div>
  );
}
