"use client";

import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { cn } from "@/lib/utils";
import { Brand } from "./brand";
import { NavLinks } from "./nav-links";
import { SidebarAccount } from "./sidebar-account";
import { useSidebar } from "./sidebar-context";

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
      <Sheet open={mobileOpen} onOpenChange={setMobileOpen}>
        <SheetContent side="left" className="bg-sidebar text-sidebar-foreground w-64 p-0 md:hidden">
          <SheetHeader className="h-14 justify-center px-3 py-0">
            <SheetTitle className="sr-only">Navigation</SheetTitle>
            <SheetDescription className="sr-only">Pages of the EGP Console</SheetDescription>
            <Brand />
          </SheetHeader>
          <NavLinks onNavigate={() => setMobileOpen(false)} />
          <div className="border-sidebar-border mt-auto border-t p-2">
            <SidebarAccount />
          </div>
        </SheetContent>
      </Sheet>
    </>
  );
}
