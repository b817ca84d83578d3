"use client";

import type { ComponentProps } from "react";
import { ChevronDownIcon, FileJsonIcon, PencilIcon, Trash2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";

// Triggers shared by a lazily loaded dialog or menu (as its Radix trigger) and by the page before
// that code arrives (lazyMenu's placeholder), so the two render the same button.

type ButtonProps = ComponentProps<typeof Button>;

export function DeleteTriggerButton(props: ButtonProps) {
  return (
    <Button variant="outline" className="text-destructive hover:text-destructive" {...props}>
      <Trash2Icon aria-hidden />
      Delete
    </Button>
  );
}

export function EditTriggerButton(props: ButtonProps) {
  return (
    <Button variant="outline" {...props}>
      <PencilIcon aria-hidden />
      Edit
    </Button>
  );
}

/** "📄 label ⌄": the export/import menus' trigger. */
export function FileMenuTriggerButton({ label, ...props }: ButtonProps & { label: string }) {
  return (
    <Button variant="outline" {...props}>
      <FileJsonIcon aria-hidden />
      {label}
      <ChevronDownIcon aria-hidden className="opacity-60" />
    </Button>
  );
}
