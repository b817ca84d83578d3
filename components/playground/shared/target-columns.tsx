import { cn } from "@/lib/utils";
import { targetLabel, type PlaygroundTarget } from "./types";

/** Results side by side when comparing (stacked on narrow screens), or one full-width column. */
export function TargetColumns({
  targets,
  children,
}: {
  targets: PlaygroundTarget[];
  children: (target: PlaygroundTarget, index: number) => React.ReactNode;
}) {
  return (
    <div className={cn("grid min-w-0 gap-4", targets.length > 1 && "lg:grid-cols-2")}>
      {targets.map((target, index) => (
        <section
          key={target.deployment.id}
          aria-label={`Result from ${targetLabel(target)}`}
          className="bg-card min-w-0 rounded-lg border"
        >
          {targets.length > 1 && (
            <header className="flex items-center gap-2 border-b px-4 py-2.5 text-sm">
              <span
                aria-hidden
                className={cn(
                  "inline-flex size-5 items-center justify-center rounded text-[11px] font-semibold",
                  index === 0 ? "bg-primary text-primary-foreground" : "bg-status-info-bg text-status-info",
                )}
              >
                {index === 0 ? "A" : "B"}
              </span>
              <span className="truncate font-medium">{targetLabel(target)}</span>
              <span className="text-muted-foreground truncate font-mono text-xs">
                {target.deployment.name}
              </span>
            </header>
          )}
          <div className="min-w-0 space-y-4 p-4">{children(target, index)}</div>
        </section>
      ))}
    </div>
  );
}
