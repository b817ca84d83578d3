"use client";

import { useMemo } from "react";
import { HydrationBoundary, type DehydratedState } from "@tanstack/react-query";

/**
 * HydrationBoundary over state that travelled as JSON text (see PageData): parsed here, so own
 * "__proto__" keys in user-keyed maps survive. Like HydrationBoundary, it never replaces newer data.
 */
export function Hydrate({ state, children }: { state: string; children: React.ReactNode }) {
  const parsed = useMemo(() => JSON.parse(state) as DehydratedState, [state]);
  return <HydrationBoundary state={parsed}>{children}</HydrationBoundary>;
}
