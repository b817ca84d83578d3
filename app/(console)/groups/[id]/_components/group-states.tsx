"use client";

import Link from "next/link";
import { ArrowLeftIcon, CircleAlertIcon, RotateCwIcon, SearchXIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiError } from "@/lib/api/errors";
import { hrefs } from "@/lib/hrefs";

export function GroupHeaderSkeleton() {
  return (
    <div className="flex flex-col gap-6" role="status" aria-busy="true" aria-label="Loading group">
      <div className="space-y-2">
        <Skeleton className="h-7 w-56" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <Skeleton className="h-72 w-full rounded-lg" />
    </div>
  );
}

/** A missing group reads as "not found" with a way back; anything else shows the server's message. */
export function GroupDetailError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const missing = error instanceof ApiError && error.code === "not_found";
  return (
    <div className="flex min-h-80 items-center justify-center rounded-lg border border-dashed p-8 text-center">
      {missing ? (
        <EmptyState
          icon={SearchXIcon}
          title="Group not found"
          description="It may have been deleted, or the link is wrong."
          action={
            <Button asChild variant="outline" size="sm">
              <Link href={hrefs.groups()}>
                <ArrowLeftIcon /> All groups
              </Link>
            </Button>
          }
        />
      ) : (
        <div role="alert">
          <EmptyState
            icon={CircleAlertIcon}
            title="Could not load this group"
            description={error.message}
            action={
              <Button variant="outline" size="sm" onClick={onRetry}>
                <RotateCwIcon /> Retry
              </Button>
            }
          />
        </div>
      )}
    </div>
  );
}
