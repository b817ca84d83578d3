"use client";

import { useRouter } from "next/navigation";
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

/**
 * The console's error page. error.tsx shows it for thrown errors; server pages show it themselves
 * when the EGP API failed, since a thrown server error reaches the browser with its message removed.
 */
export function PageError({
  message,
  digest,
  onRetry,
}: {
  message: string;
  digest?: string;
  /** Defaults to rendering the page again on the server. */
  onRetry?: () => void;
}) {
  const router = useRouter();
  return (
    <Empty className="border" role="alert">
      <EmptyHeader>
        <EmptyMedia variant="icon" className="text-destructive">
          <CircleAlertIcon />
        </EmptyMedia>
        <EmptyTitle>Something went wrong</EmptyTitle>
        <EmptyDescription>{message || "An unexpected error occurred."}</EmptyDescription>
      </EmptyHeader>
      <EmptyContent>
        <Button onClick={onRetry ?? (() => router.refresh())}>
          <RotateCwIcon /> Retry
        </Button>
        {digest && <p className="text-muted-foreground font-mono text-xs">Reference: {digest}</p>}
      </EmptyContent>
    </Empty>
  );
}
