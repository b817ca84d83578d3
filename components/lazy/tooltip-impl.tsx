"use client";

import type { ComponentProps, ReactElement, ReactNode } from "react";

import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

export type LazyTooltipProps = {
  content: ReactNode;
  side?: ComponentProps<typeof TooltipContent>["side"];
  children: ReactElement;
};

/** Radix Tooltip around one trigger element; LazyTooltip loads it. */
export function TooltipImpl({ content, side, children }: LazyTooltipProps) {
  return (
    <Tooltip>
      <TooltipTrigger asChild>{children}</TooltipTrigger>
      <TooltipContent side={side}>{content}</TooltipContent>
    </Tooltip>
  );
}
