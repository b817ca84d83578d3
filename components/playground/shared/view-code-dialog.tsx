"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { CodeIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { SnippetKind } from "@/lib/playground/code-snippets";
import type { UpstreamCall } from "@/lib/playground/upstream";
import type { PlaygroundTarget } from "./types";

// The dialog, its tabs and the code generators load on the first click.
const ViewCodeContent = dynamic(() => import("./view-code-content").then((m) => m.ViewCodeContent));

/** The ids a snippet names: a deployment's model and deployment, or a built-in model's name. */
export type CodeTarget = { modelId: string; deploymentId: string };

export function codeTarget(target: PlaygroundTarget): CodeTarget {
  return { modelId: target.model.id, deploymentId: target.deployment.id };
}

/** The exact request of the current inputs in every form a Scale GP user has; the key stays a placeholder. */
export function ViewCodeDialog({
  call,
  kind,
  target,
  disabled,
  label = "View code",
}: {
  call: UpstreamCall | null;
  kind: SnippetKind;
  target: PlaygroundTarget | CodeTarget;
  disabled?: boolean;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const ids = "deployment" in target ? codeTarget(target) : target;
  return (
    <>
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={disabled || !call}
        aria-haspopup="dialog"
        onClick={() => (setLoaded(true), setOpen(true))}
      >
        <CodeIcon aria-hidden />
        {label}
      </Button>
      {loaded && call && (
        <ViewCodeContent open={open} onOpenChange={setOpen} call={call} kind={kind} target={ids} />
      )}
    </>
  );
}
