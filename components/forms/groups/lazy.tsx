"use client";

import { lazyDialog } from "@/components/lazy/lazy-dialog";

/** The group dialogs, loaded on first open (see lazyDialog). */
export const GroupDialog = lazyDialog(() => import("./dialog").then((mod) => mod.GroupDialog));
export const DeleteGroupDialog = lazyDialog(() =>
  import("./delete-dialog").then((mod) => mod.DeleteGroupDialog),
);
