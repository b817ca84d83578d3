"use client";

import Link from "next/link";
import { ArrowLeftIcon, PlusIcon, UsersIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { VIEWER_REASON } from "@/components/data-table/gated-action";
import { Button } from "@/components/ui/button";
import { hrefs } from "@/lib/hrefs";

/** A group with no models yet: add one (writers), or go back to the groups (viewers). */
export function GroupEmpty({ canWrite, onAdd }: { canWrite: boolean; onAdd: () => void }) {
  return (
    <EmptyState
      icon={UsersIcon}
      title="No models in this group yet"
      description={
        canWrite ? "Add models that belong together, such as versions of one base model." : VIEWER_REASON
      }
      action={
        canWrite ? (
          <Button size="sm" onClick={onAdd}>
            <PlusIcon /> Add a model
          </Button>
        ) : (
          <Button asChild size="sm" variant="outline">
            <Link href={hrefs.groups()}>
              <ArrowLeftIcon /> All groups
            </Link>
          </Button>
        )
      }
    />
  );
}
