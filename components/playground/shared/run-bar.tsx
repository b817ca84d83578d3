"use client";

import { useEffect } from "react";
import { PlayIcon, SquareIcon } from "lucide-react";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { Spinner } from "@/components/ui/spinner";

/** Run / Stop, plus ⌘/Ctrl+Enter to run from anywhere in the panel. */
export function RunBar({
  running,
  onRun,
  onStop,
  runLabel = "Run",
  disabled: disabledByInput,
  children,
}: {
  running: boolean;
  onRun: () => void;
  onStop?: () => void;
  runLabel?: string;
  disabled?: boolean;
  children?: React.ReactNode;
}) {
  const allowed = useConsole().can("execute");
  const disabled = disabledByInput || !allowed;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.metaKey || event.ctrlKey) && !running && !disabled) {
        event.preventDefault();
        onRun();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [disabled, onRun, running]);

  return (
    <div className="flex flex-wrap items-center gap-2">
      {running && onStop ? (
        <Button type="button" variant="destructive" onClick={onStop}>
          <SquareIcon aria-hidden className="fill-current" />
          Stop
        </Button>
      ) : (
        <Button type="button" onClick={onRun} disabled={running || disabled}>
          {running ? <Spinner /> : <PlayIcon aria-hidden />}
          {runLabel}
          <Kbd className="bg-primary-foreground/15 text-primary-foreground ml-1 hidden sm:inline-flex">
            ⌘↵
          </Kbd>
        </Button>
      )}
      {children}
    </div>
  );
}
