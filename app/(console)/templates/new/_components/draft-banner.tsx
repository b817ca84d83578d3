"use client";

import { HistoryIcon } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Offers back a draft saved on an earlier visit (a reload, a crash, a failed submit). */
export function DraftBanner({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: number;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <Alert>
      <HistoryIcon aria-hidden />
      <AlertTitle>Restore draft?</AlertTitle>
      <AlertDescription>
        <p>
          You have an unsaved template from{" "}
          <time dateTime={new Date(savedAt).toISOString()}>{new Date(savedAt).toLocaleString()}</time>.
        </p>
        <div className="mt-2 flex gap-2">
          <Button type="button" size="sm" onClick={onRestore}>
            Restore draft
          </Button>
          <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
            Discard
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
