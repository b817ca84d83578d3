"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The engine log panel (polling, follow) is fetched after first paint: the deployment page keeps its weight. */
export const LazyDeploymentLogPanel = dynamic(
  () => import("./deployment-log-panel").then((mod) => mod.DeploymentLogPanel),
  { ssr: false, loading: () => <Skeleton className="h-64 w-full rounded-xl" /> },
);
