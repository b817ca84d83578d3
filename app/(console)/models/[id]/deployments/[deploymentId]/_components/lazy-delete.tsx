"use client";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { DeleteTriggerButton } from "@/components/lazy/trigger-buttons";

/** The delete confirmation (Radix AlertDialog) loads on first press; until then, its button. */
export const DeleteDeploymentButton = lazyMenu(
  () => import("@/components/deployments/delete-deployment-button").then((mod) => mod.DeleteDeploymentButton),
  () => <DeleteTriggerButton />,
);
