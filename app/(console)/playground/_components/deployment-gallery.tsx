import Link from "next/link";
import { ArrowRightIcon } from "lucide-react";
import type { PLAYGROUND_PANELS } from "@/components/playground/registry";
import { targetLabel, type PlaygroundTarget } from "@/components/playground/shared/types";
import { hrefs } from "@/lib/hrefs";

type Group = { panel: (typeof PLAYGROUND_PANELS)[number]; targets: PlaygroundTarget[] };

export const playgroundHref = (target: PlaygroundTarget) =>
  hrefs.playground({ deployment: target.deployment.id, model: target.model.id });

/** The landing view: every READY deployment, by model type, one click from a run. */
export function DeploymentGallery({ groups }: { groups: Group[] }) {
  return (
    <div className="space-y-8">
      {groups.map(({ panel, targets }) => (
        <section key={panel.type} aria-labelledby={`group-${panel.type}`} className="space-y-3">
          <div className="flex items-center gap-2">
            <panel.icon aria-hidden className="text-muted-foreground size-4" />
            <h2 id={`group-${panel.type}`} className="text-sm font-semibold">
              {panel.label}
            </h2>
            <span className="text-muted-foreground text-xs">{panel.description}</span>
          </div>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {targets.map((t) => (
              <li key={t.deployment.id}>
                <Link
                  href={playgroundHref(t)}
                  className="group bg-card hover:border-foreground/20 focus-visible:ring-ring/50 flex h-full flex-col gap-1 rounded-lg border p-4 transition-colors outline-none hover:shadow-sm focus-visible:ring-[3px]"
                >
                  <span className="flex items-center justify-between gap-2">
                    <span className="truncate font-medium">{targetLabel(t)}</span>
                    <ArrowRightIcon
                      aria-hidden
                      className="text-muted-foreground size-4 shrink-0 transition-transform group-hover:translate-x-0.5"
                    />
                  </span>
                  <span className="text-muted-foreground truncate font-mono text-xs">
                    {t.deployment.name}
                  </span>
                  {t.model.description && (
                    <span className="text-muted-foreground line-clamp-2 text-sm">{t.model.description}</span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
