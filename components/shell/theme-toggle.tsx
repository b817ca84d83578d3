"use client";

import type { ComponentProps } from "react";
import { MoonIcon, SunIcon } from "lucide-react";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { Button } from "@/components/ui/button";

export function ThemeToggleButton(props: ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon-sm" {...props}>
      <SunIcon className="scale-100 rotate-0 transition-all dark:scale-0 dark:-rotate-90" />
      <MoonIcon className="absolute scale-0 rotate-90 transition-all dark:scale-100 dark:rotate-0" />
      <span className="sr-only">Theme</span>
    </Button>
  );
}

// The menu (Radix Menu) loads on first press: the header is on every page.
export const ThemeToggle = lazyMenu(
  () => import("./theme-toggle-menu").then((mod) => mod.ThemeToggleMenu),
  () => <ThemeToggleButton />,
);
