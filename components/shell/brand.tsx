import Link from "next/link";

import { cn } from "@/lib/utils";

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  return (
    <Link
      href="/models"
      className={cn(
        "flex items-center gap-2.5 rounded-md px-2 py-1 outline-none focus-visible:ring-2",
        collapsed && "px-0",
      )}
    >
      <span
        aria-hidden
        className="bg-primary text-primary-foreground grid size-7 shrink-0 place-items-center rounded-md text-xs font-bold tracking-tight"
      >
        EGP
      </span>
      <span className={cn("truncate text-sm font-semibold tracking-tight", collapsed && "sr-only")}>
        EGP Console
      </span>
    </Link>
  );
}
