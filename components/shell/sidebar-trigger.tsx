"use client";

import { MenuIcon, PanelLeftIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useSidebar } from "./sidebar-context";

export function SidebarTrigger() {
  const { collapsed, toggleCollapsed, setMobileOpen } = useSidebar();
  return (
    <>
      <Button variant="ghost" size="icon-sm" className="md:hidden" onClick={() => setMobileOpen(true)}>
        <MenuIcon />
        <span className="sr-only">Open navigation</span>
      </Button>
      <Button
        variant="ghost"
        size="icon-sm"
        className="hidden md:inline-flex"
        onClick={toggleCollapsed}
        aria-expanded={!collapsed}
      >
        <PanelLeftIcon />
        <span className="sr-only">{collapsed ? "Expand sidebar" : "Collapse sidebar"}</span>
      </Button>
    </>
  );
}
