"use client";

import { cloneElement } from "react";

import { LazyTooltip } from "@/components/lazy/lazy-tooltip";
import { cn } from "@/lib/utils";

type ActionProps = {
  className?: string;
  onClick?: (event: React.MouseEvent) => void;
  "aria-disabled"?: boolean;
};

/**
 * Wraps a write action. When not `allowed` the button stays focusable but aria-disabled (a real
 * `disabled` button gets no hover or focus, so it could not explain itself) and a tooltip says why.
 */
export function GatedAction({
  allowed,
  reason,
  children,
}: {
  allowed: boolean;
  reason: string;
  children: React.ReactElement<ActionProps>;
}) {
  if (allowed) return children;
  const blocked = cloneElement(children, {
    "aria-disabled": true,
    className: cn(children.props.className, "cursor-not-allowed opacity-50"),
    onClick: (event: React.MouseEvent) => event.preventDefault(),
  });
  return <LazyTooltip content={reason}>{blocked}</LazyTooltip>;
}

export const VIEWER_REASON = "Viewers can look but not change anything. Ask an admin for the member role.";
