"use client";

import { Separator } from "@/components/ui/separator";
import { HeaderBreadcrumbs } from "./breadcrumbs";
import { CommandPalette } from "./command-palette";
import type { CommandSearchSource } from "./command-sources";
import { ModeBadge } from "./mode-badge";
import { SidebarTrigger } from "./sidebar-trigger";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function SiteHeader({ searchSources }: { searchSources?: readonly CommandSearchSource[] }) {
  return (
    <header className="bg-background/85 supports-[backdrop-filter]:bg-background/70 sticky top-0 z-40 flex h-14 shrink-0 items-center gap-2 border-b px-3 backdrop-blur md:px-4">
      <SidebarTrigger />
      <Separator orientation="vertical" className="mx-1 data-[orientation=vertical]:h-4" />
      <HeaderBreadcrumbs />
      <div className="ml-auto flex items-center gap-2">
        <CommandPalette sources={searchSources} />
        <ModeBadge />
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
