"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** The usage card (range picker, figures, charts) is fetched after first paint: detail pages keep their weight. */
export const LazyUsageCard = dynamic(() => import("./usage-card").then((mod) => mod.UsageCard), {
  ssr: false,
  loading: () => <Skeleton className="h-80 w-full rounded-xl" />,
});
