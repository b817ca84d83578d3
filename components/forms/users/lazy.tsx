"use client";

import { lazyDialog } from "@/components/lazy/lazy-dialog";

/** The user dialogs, loaded on first open (see lazyDialog). */
export const AddUserDialog = lazyDialog(() => import("./add-dialog").then((mod) => mod.AddUserDialog));
export const CreateKeyDialog = lazyDialog(() =>
  import("./create-key-dialog").then((mod) => mod.CreateKeyDialog),
);
export const RevokeKeyDialog = lazyDialog(() => import("./revoke-dialog").then((mod) => mod.RevokeKeyDialog));
export const RemoveUserDialog = lazyDialog(() =>
  import("./remove-dialog").then((mod) => mod.RemoveUserDialog),
);
