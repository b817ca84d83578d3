"use client";

import { cn } from "@/lib/utils";
import { useConsole } from "./role-gate";

/** The account the console acts in, at the foot of the sidebar; switching lives in the user menu. */
export function SidebarAccount({ collapsed = false }: { collapsed?: boolean }) {
  const { currentAccount, role } = useConsole();
  if (!currentAccount) return null;
  return (
    <div
      className={cn("flex items-center gap-2.5 rounded-md px-2 py-2", collapsed && "justify-center px-0")}
      title={`${currentAccount.name} (${role ?? "no role"})`}
    >
      <span
        aria-hidden
        className="bg-sidebar-accent text-sidebar-accent-foreground grid size-7 shrink-0 place-items-center rounded-md text-xs font-semibold uppercase"
      >
        {currentAccount.name.slice(0, 1)}
      </span>
      <span className={cn("flex min-w-0 flex-col leading-tight", collapsed && "sr-only")}>
        <span className="truncate text-sm font-medium">{currentAccount.name}</span>
        <span className="text-muted-foreground truncate text-xs capitalize">{role ?? "No role"}</span>
      </span>
    </div>
  );
}
