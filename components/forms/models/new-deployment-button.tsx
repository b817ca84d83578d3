"use client";

import type { ComponentProps } from "react";
import { PencilIcon, RocketIcon } from "lucide-react";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { Button } from "@/components/ui/button";
import type { Deployment, Model } from "@/lib/egp/types";

/** "New deployment", or "Edit and retry" when the dialog starts from a failed deployment. */
export function NewDeploymentButton({
  retry,
  ...props
}: ComponentProps<typeof Button> & { retry?: boolean }) {
  if (retry)
    return (
      <Button variant="outline" {...props}>
        <PencilIcon aria-hidden />
        Edit and retry
      </Button>
    );
  return (
    <Button size="sm" {...props}>
      <RocketIcon aria-hidden />
      New deployment
    </Button>
  );
}

/** The deploy dialog (Radix Dialog, the form) loads on first press; until then, its button. */
export const LazyNewDeploymentDialog = lazyMenu(
  () => import("./new-deployment-dialog").then((mod) => mod.NewDeploymentDialog),
  ({ from }: { model: Model; from?: Deployment }) => <NewDeploymentButton retry={!!from} />,
);
