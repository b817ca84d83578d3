"use client";

import { lazyMenu } from "@/components/lazy/lazy-menu";
import {
  DeleteTriggerButton,
  EditTriggerButton,
  FileMenuTriggerButton,
} from "@/components/lazy/trigger-buttons";

// The header actions' code (Radix Menu and Dialog, the edit form, the CLI format) loads on first
// press; until then each shows its trigger button.
export const ModelExportMenu = lazyMenu(
  () => import("./model-export-menu").then((mod) => mod.ModelExportMenu),
  () => <FileMenuTriggerButton label="model.json" />,
);
export const EditModelButton = lazyMenu(
  () => import("./edit-model-button").then((mod) => mod.EditModelButton),
  () => <EditTriggerButton />,
);
export const DeleteModelButton = lazyMenu(
  () => import("./delete-model-button").then((mod) => mod.DeleteModelButton),
  () => <DeleteTriggerButton />,
);
