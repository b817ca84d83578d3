"use client";

import { lazy, Suspense } from "react";

import type { LazyTooltipProps } from "./tooltip-impl";

const TooltipImpl = lazy(() => import("./tooltip-impl").then((mod) => ({ default: mod.TooltipImpl })));

/**
 * A tooltip whose Radix code (popper, dismissable layer) is not in the page's first load. The server
 * renders it whole; in the browser the trigger stays server HTML until the chunk arrives, then
 * hydrates in place (no remount, so focus and hover survive). Until then it shows the bare trigger.
 */
export function LazyTooltip({ content, side, children }: LazyTooltipProps) {
  return (
    <Suspense fallback={children}>
      <TooltipImpl content={content} side={side}>
        {children}
      </TooltipImpl>
    </Suspense>
  );
}
