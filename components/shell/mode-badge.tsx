"use client";

import { Badge } from "@/components/ui/badge";
import type { ConsoleMode } from "@/lib/console-context";
import { useConsole } from "./role-gate";

export function modeLabel(mode: ConsoleMode): string {
  if (mode.kind === "local") return "Local";
  try {
    return `Remote · ${new URL(mode.url).host}`;
  } catch {
    return `Remote · ${mode.url}`;
  }
}

export function ModeBadge() {
  const { mode } = useConsole();
  const title =
    mode.kind === "local" ? "Running against the embedded EGP server" : `Connected to ${mode.url}`;
  return (
    <Badge
      variant={mode.kind === "local" ? "success" : "info"}
      title={title}
      className="hidden gap-1.5 sm:inline-flex"
    >
      <span aria-hidden className="size-1.5 rounded-full bg-current" />
      {modeLabel(mode)}
    </Badge>
  );
}
