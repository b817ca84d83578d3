"use client";

import { cloneElement } from "react";

import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/**
 * Wraps a write action: when not `allowed`, the child renders disabled inside a focusable span
 * (disabled buttons get no pointer or focus events) with a tooltip saying why.
 */
export function GatedAction({
  allowed,
  reason,
  children,
}: {
  allowed: boolean;
  reason: string;
  children: React.ReactElement<{ disabled?: boolean }>;
}) {
  if (allowed) return children;
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span tabIndex={0} aria-label={reason} className="inline-flex cursor-not-allowed rounded-md">
          <span className="pointer-events-none inline-flex" aria-hidden>
            {cloneElement(children, { disabled: true })}
          </span>
        </span>
      </TooltipTrigger>
      <TooltipContent>{reason}</TooltipContent>
    </Tooltip>
  );
}

export const VIEWER_REASON = "Viewers can look but not change. Ask an admin for the member role.";
