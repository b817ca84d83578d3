"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";

import { Skeleton } from "@/components/ui/skeleton";
import { hrefs } from "@/lib/hrefs";
import { modelQueries } from "@/lib/queries/models";
import { Dash } from "../cells";

/** The deployment's model by name; rows of one model share one cached detail query. */
export function DeploymentModelCell({ modelId }: { modelId: string | undefined }) {
  const model = useQuery({ ...modelQueries.detail(modelId ?? ""), enabled: Boolean(modelId) });
  if (!modelId) return <Dash />;
  const label = model.data ? model.data.display_name || model.data.name : null;
  return (
    <Link
      href={hrefs.model(modelId)}
      className="text-muted-foreground hover:text-foreground block max-w-56 truncate underline-offset-4 hover:underline"
    >
      {label ??
        (model.isPending ? (
          <Skeleton className="h-4 w-28" />
        ) : (
          <span className="font-mono text-xs">{modelId}</span>
        ))}
    </Link>
  );
}
