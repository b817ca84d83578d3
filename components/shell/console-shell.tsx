"use client";

import type { ConsoleContext } from "@/lib/console-context";
import { AppSidebar } from "./app-sidebar";
import { BreadcrumbsProvider } from "./breadcrumbs";
import { ConsoleProvider } from "./role-gate";
import { SidebarProvider } from "./sidebar-context";
import type { CommandSearchSource } from "./command-sources";
import { SiteHeader } from "./site-header";

export function ConsoleShell({
  context,
  defaultCollapsed,
  searchSources,
  children,
}: {
  context: ConsoleContext;
  defaultCollapsed: boolean;
  /** Async ⌘K sources available on every console page (see command-sources.ts for the registry). */
  searchSources?: readonly CommandSearchSource[];
  children: React.ReactNode;
}) {
  return (
    <ConsoleProvider context={context}>
      <SidebarProvider defaultCollapsed={defaultCollapsed}>
        <BreadcrumbsProvider>
          <a
            href="#main"
            className="bg-background sr-only z-50 rounded-md px-3 py-2 text-sm focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
          >
            Skip to content
          </a>
          <div className="flex min-h-svh">
            <AppSidebar />
            <div className="flex min-w-0 flex-1 flex-col">
              <SiteHeader searchSources={searchSources} />
              <main id="main" className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 p-4 md:p-8">
                {children}
              </main>
            </div>
          </div>
        </BreadcrumbsProvider>
      </SidebarProvider>
    </ConsoleProvider>
  );
}
