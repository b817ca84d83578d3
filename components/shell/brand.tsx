import Link from "next/link";
import { Layers3Icon } from "lucide-react";

import { hrefs } from "@/lib/hrefs";
import { cn } from "@/lib/utils";

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  return (
    <Link
      href={hrefs.models()}
      className={cn(
        "focus-visible:ring-sidebar-ring flex min-w-0 items-center gap-2.5 rounded-md px-1 py-1 outline-none focus-visible:ring-2",
        collapsed && "px-0",
      )}
    >
      <span
        aria-hidden
        className="bg-primary text-primary-foreground grid size-8 shrink-0 place-items-center rounded-lg shadow-sm"
      >
        <Layers3Icon className="size-4" />
      </span>
      <span className={cn("flex min-w-0 flex-col leading-tight", collapsed && "sr-only")}>
        <span className="truncate text-sm font-semibold tracking-tight">EGP Console</span>
        <span className="text-muted-foreground truncate text-xs">GenAI Platform</span>
      </span>
    </Link>
  );
}
