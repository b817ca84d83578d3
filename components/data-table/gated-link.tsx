"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";
import { GatedAction } from "./gated-action";

/** A page's "New …" link button; when not `allowed`, the same button without the link, saying why. */
export function GatedLink({
  allowed,
  reason,
  href,
  size,
  children,
}: {
  allowed: boolean;
  reason: string;
  href: string;
  size?: "sm";
  children: React.ReactNode;
}) {
  return (
    <GatedAction allowed={allowed} reason={reason}>
      <Button asChild={allowed} size={size}>
        {allowed ? <Link href={href}>{children}</Link> : <>{children}</>}
      </Button>
    </GatedAction>
  );
}
