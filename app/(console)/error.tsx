"use client";

import { useEffect } from "react";
import { CircleAlertIcon, RotateCwIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  Empty,
  EmptyContent,
  EmptyDescription,
  EmptyHeader,
  EmptyMedia,
  EmptyTitle,
} from "@/components/ui/empty";

export default function ConsoleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Empty className="border">
      <EmptyHeader>
        <EmptyMedia variant="icon" className="text-destructive">
          <CircleAlertIcon />
        </EmptyMedia>
        <EmptyTitle>Something went wrong</EmptyTitle>
        <EmptyDescription>{error.message || "An unexpected error occurred."}</EmptyDescription>
      </EmptyHeader>
      <EmptyContent>
        <Button onClick={reset}>
          <RotateCwIcon /> Retry
        </Button>
        {error.digest && <p className="text-muted-foreground font-mono text-xs">Reference: {error.digest}</p>}
      </EmptyContent>
    </Empty>
  );
}
