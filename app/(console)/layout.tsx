import { cookies } from "next/headers";

import { ConsoleShell } from "@/components/shell/console-shell";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { SIDEBAR_COOKIE } from "@/components/shell/sidebar-context";
import { contextOf, requirePageSession } from "@/lib/console-context";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const ctx = contextOf(await requirePageSession());
  const collapsed = (await cookies()).get(SIDEBAR_COOKIE)?.value === "true";
  return (
    <ConsoleShell context={ctx} defaultCollapsed={collapsed}>
      <ResourceSearchSources />
      {children}
    </ConsoleShell>
  );
}
