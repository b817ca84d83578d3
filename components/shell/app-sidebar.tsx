"use client";

import { lazyDialog } from "@/components/lazy/lazy-dialog";
import { cn } from "@/lib/utils";
import { Brand } from "./brand";
import { NavLinks } from "./nav-links";
import { SidebarAccount } from "./sidebar-account";
import { useSidebar } from "./sidebar-context";

// The Sheet (Radix Dialog, scroll lock) is only needed on small screens, once the menu opens.
const MobileSidebar = lazyDialog(() => import("./mobile-sidebar").then((mod) => mod.MobileSidebar));

/** Fixed column on desktop (collapsible to icons); a slide-in sheet below the md breakpoint. */
export function AppSidebar() {
  const { collapsed, mobileOpen, setMobileOpen } = useSidebar();
  return (
    <>
      <aside
        data-collapsed={collapsed}
        className={cn(
          "bg-sidebar text-sidebar-foreground border-sidebar-border sticky top-0 hidden h-svh shrink-0 flex-col border-r transition-[width] duration-200 md:flex",
          collapsed ? "w-14" : "w-60",
        )}
      >
        <div className={cn("flex h-14 items-center px-3", collapsed && "justify-center px-0")}>
          <Brand collapsed={collapsed} />
        </div>
        <div className="flex-1 overflow-y-auto py-2">
          <p
            className={cn(
              "text-muted-foreground px-4 pt-2 pb-1.5 text-xs font-medium",
              collapsed && "sr-only",
            )}
          >
            Platform
          </p>
          <NavLinks collapsed={collapsed} />
        </div>
        <div className="border-sidebar-border border-t p-2">
          <SidebarAccount collapsed={collapsed} />
        </div>
      </aside>
      <MobileSidebar open={mobileOpen} onOpenChange={setMobileOpen} />
    </>
  );
}
