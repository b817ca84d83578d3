import type { Model } from "@/lib/egp/types";
import { cn } from "@/lib/utils";

/** "2 ready", "3 · 1 ready" or "2 · 1 failed"; the dot's colour matches the status badges, the text carries the meaning. */
export function ModelDeploymentsCell({ model }: { model: Model }) {
  const count = model.deployment_count ?? model.deployments?.length ?? 0;
  if (count === 0) return <span className="text-muted-foreground tabular-nums">0</span>;
  const ready = model.deployments?.filter((deployment) => deployment.status === "READY").length;
  const failed = model.deployments?.filter((deployment) => /FAILED/.test(deployment.status)).length ?? 0;
  return (
    <span className="inline-flex items-center gap-2 tabular-nums">
      <span
        aria-hidden
        className={cn(
          "size-2 rounded-full",
          failed ? "bg-status-danger" : ready === count ? "bg-status-success" : "bg-status-warning",
        )}
      />
      {ready === undefined || ready === count ? (
        <span>{ready === undefined ? count : `${count} ready`}</span>
      ) : (
        <span>
          {count}{" "}
          <span className="text-muted-foreground">· {failed ? `${failed} failed` : `${ready} ready`}</span>
        </span>
      )}
    </span>
  );
}
