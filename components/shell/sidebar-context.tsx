"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";

export const SIDEBAR_COOKIE = "sidebar_collapsed";

type SidebarState = {
  collapsed: boolean;
  toggleCollapsed: () => void;
  mobileOpen: boolean;
  setMobileOpen: (open: boolean) => void;
};

const SidebarContext = createContext<SidebarState | null>(null);

/** Desktop collapse is kept in a cookie so the server renders the right width (no layout jump). */
export function SidebarProvider({
  defaultCollapsed = false,
  children,
}: {
  defaultCollapsed?: boolean;
  children: React.ReactNode;
}) {
  const [collapsed, setCollapsed] = useState(defaultCollapsed);
  const [mobileOpen, setMobileOpen] = useState(false);
  const toggleCollapsed = useCallback(() => {
    setCollapsed((previous) => {
      document.cookie = `${SIDEBAR_COOKIE}=${!previous}; path=/; max-age=31536000; samesite=lax`;
      return !previous;
    });
  }, []);
  const value = useMemo(
    () => ({ collapsed, toggleCollapsed, mobileOpen, setMobileOpen }),
    [collapsed, toggleCollapsed, mobileOpen],
  );
  return <SidebarContext.Provider value={value}>{children}</SidebarContext.Provider>;
}

export function useSidebar(): SidebarState {
  const value = useContext(SidebarContext);
  if (!value) throw new Error("useSidebar must be used inside SidebarProvider.");
  return value;
}
