"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { LoaderCircleIcon } from "lucide-react";

import { LazyTooltip } from "@/components/lazy/lazy-tooltip";
import { cn } from "@/lib/utils";
import { NAV_ITEMS, USERS_NAV_ITEM, isNavItemActive } from "./nav-items";
import { useConsoleOrNull } from "./role-gate";

export function NavLinks({
  collapsed = false,
  onNavigate,
}: {
  collapsed?: boolean;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const shell = useConsoleOrNull();
  const items =
    shell?.mode.kind === "local" && shell.can("users:manage") ? [...NAV_ITEMS, USERS_NAV_ITEM] : NAV_ITEMS;
  return (
    <nav aria-label="Main" className="flex flex-col gap-1 px-2">
      {items.map((item) => {
        const active = isNavItemActive(pathname, item.href);
        const link = (
          <Link
            href={item.href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={cn(
              "text-sidebar-foreground/80 hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-sidebar-ring flex h-9 items-center gap-3 rounded-md px-2.5 text-sm font-medium transition-colors outline-none focus-visible:ring-2",
              active && "bg-sidebar-accent text-sidebar-accent-foreground",
              collapsed && "justify-center px-0",
            )}
          >
            <item.icon className={cn("size-4 shrink-0", active ? "opacity-100" : "opacity-70")} aria-hidden />
            <span className={cn(collapsed && "sr-only")}>{item.title}</span>
            {!collapsed && <PendingMark />}
          </Link>
        );
        if (!collapsed) return <div key={item.href}>{link}</div>;
        return (
          <LazyTooltip key={item.href} content={item.title} side="right">
            {link}
          </LazyTooltip>
        );
      })}
    </nav>
  );
}

/**
 * Pages render on the server with their data (no skeleton), so a slow upstream would leave a click without
 * feedback; the link shows a spinner while its page is on the way.
 */
function PendingMark() {
  const { pending } = useLinkStatus();
  return (
    <LoaderCircleIcon
      aria-hidden
      data-pending={pending || undefined}
      className={cn("ml-auto size-3.5 animate-spin opacity-0 transition-opacity", pending && "opacity-70")}
    />
  );
}
