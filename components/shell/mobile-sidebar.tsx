"use client";

import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Brand } from "./brand";
import { NavLinks } from "./nav-links";
import { SidebarAccount } from "./sidebar-account";

/** The slide-in navigation below the md breakpoint; AppSidebar loads it on first open. */
export function MobileSidebar({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="left" className="bg-sidebar text-sidebar-foreground w-64 p-0 md:hidden">
        <SheetHeader className="h-14 justify-center px-3 py-0">
          <SheetTitle className="sr-only">Navigation</SheetTitle>
          <SheetDescription className="sr-only">Pages of the EGP Console</SheetDescription>
          <Brand />
        </SheetHeader>
        <NavLinks onNavigate={() => onOpenChange(false)} />
        <div className="border-sidebar-border mt-auto border-t p-2">
          <SidebarAccount />
        </div>
      </SheetContent>
    </Sheet>
  );
}
