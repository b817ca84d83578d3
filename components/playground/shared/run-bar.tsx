"use client";

import { useEffect, useId } from "react";
import { InfoIcon, PlayIcon, SquareIcon } from "lucide-react";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { Spinner } from "@/components/ui/spinner";

export const NO_EXECUTE_REASON = "Your role in this account cannot run models.";

/**
 * Run / Stop, plus ⌘/Ctrl+Enter to run from anywhere in the panel. A disabled Run button says why
 * beside it (a tooltip cannot open on a disabled button); `pending` covers the pre-send check too.
 */
export function RunBar({
  running,
  pending = false,
  onRun,
  onStop,
  runLabel = "Run",
  disabledReason,
  children,
}: {
  running: boolean;
  pending?: boolean;
  onRun: () => void;
  onStop?: () => void;
  runLabel?: string;
  /** Why the input cannot be sent yet; null or undefined when it can. */
  disabledReason?: string | null;
  children?: React.ReactNode;
}) {
  const allowed = useConsole().can("models:execute");
  const reason = disabledReason || (allowed ? null : NO_EXECUTE_REASON);
  const busy = running || pending;
  const reasonId = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.metaKey || event.ctrlKey) && !busy && !reason) {
        event.preventDefault();
        onRun();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, onRun, reason]);

  return (
    <div className="flex flex-wrap items-center gap-2">
      {running && onStop ? (
        <Button type="button" variant="destructive" onClick={onStop}>
          <SquareIcon aria-hidden className="fill-current" />
          Stop
        </Button>
      ) : (
        <Button
          type="button"
          onClick={onRun}
          disabled={busy || Boolean(reason)}
          aria-busy={busy || undefined}
          aria-describedby={reason ? reasonId : undefined}
        >
          {busy ? <Spinner aria-hidden /> : <PlayIcon aria-hidden />}
          {runLabel}
          <Kbd className="bg-primary-foreground/15 text-primary-foreground ml-1 hidden sm:inline-flex">
            ⌘↵
          </Kbd>
        </Button>
      )}
      {children}
      {reason && !busy && (
        <p
          id={reasonId}
          className="text-muted-foreground flex basis-full items-center gap-1 text-xs"
          data-testid="run-disabled-reason"
        >
          <InfoIcon aria-hidden className="size-3.5 shrink-0" />
          {reason}
        </p>
      )}
    </div>
  );
}
