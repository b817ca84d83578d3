"use client";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import { DeleteTriggerButton, FileMenuTriggerButton } from "@/components/lazy/trigger-buttons";

// The header actions' code (Radix Menu and AlertDialog) loads on first press; until then each
// shows its trigger button.
export const CliExportMenu = lazyMenu(
  () => import("@/components/templates/cli-export-menu").then((mod) => mod.CliExportMenu),
  ({ disabled }: { json: () => string; disabled?: boolean }) => (
    <FileMenuTriggerButton label="Export" disabled={disabled} />
  ),
);
export const DeleteTemplateButton = lazyMenu(
  () => import("./delete-template-button").then((mod) => mod.DeleteTemplateButton),
  () => <DeleteTriggerButton />,
);
