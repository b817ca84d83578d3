"use client";

import type { ComponentProps } from "react";
import { RocketIcon } from "lucide-react";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { Button } from "@/components/ui/button";
import type { Model } from "@/lib/egp/types";

export function NewDeploymentButton(props: ComponentProps<typeof Button>) {
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
  (_: { model: Model }) => <NewDeploymentButton />,
);
