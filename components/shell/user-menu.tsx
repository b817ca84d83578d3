"use client";

import type { ComponentProps } from "react";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { Button } from "@/components/ui/button";
import { useConsole } from "./role-gate";

function initials(name: string | null, email: string): string {
  const source = name?.trim() || email;
  const parts = source.split(/[\s@._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts[1]?.[0] ?? "")).toUpperCase();
}

export function UserMenuButton(props: ComponentProps<typeof Button>) {
  const { user } = useConsole();
  return (
    <Button variant="ghost" size="icon-sm" className="rounded-full" {...props}>
      <span className="bg-primary text-primary-foreground grid size-7 place-items-center rounded-full text-xs font-semibold">
        {initials(user.name, user.email)}
      </span>
      <span className="sr-only">Account menu for {user.email}</span>
    </Button>
  );
}

// The menu (Radix Menu) loads on first press: the header is on every page.
export const UserMenu = lazyMenu(
  () => import("./user-menu-dropdown").then((mod) => mod.UserMenuDropdown),
  () => <UserMenuButton />,
);
