"use client";

import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

/** "Add message" under a conversation (chat, model zoo and agent panels); onAdd appends the empty turn. */
export function AddMessageButton({ onAdd }: { onAdd: () => void }) {
  return (
    <Button type="button" variant="ghost" size="sm" onClick={onAdd}>
      <PlusIcon aria-hidden />
      Add message
    </Button>
  );
}
