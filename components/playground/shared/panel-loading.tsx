import { Skeleton } from "@/components/ui/skeleton";

/** Stands in for a playground panel while its code loads. */
export function PanelLoading() {
  return (
    <div className="space-y-3" role="status" aria-label="Loading the panel">
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-9 w-40" />
    </div>
  );
}
