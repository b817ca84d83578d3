"use client";

import { SearchXIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { EmptyState } from "./empty-state";

/**
 * The three ways a list page can be empty: past the last page, nothing matching the filters,
 * or nothing at all yet (then `empty` says what to do next).
 */
export function ListEmpty({
  noun,
  page,
  filtered,
  onFirstPage,
  onReset,
  empty,
}: {
  noun: string;
  page: number;
  filtered: boolean;
  onFirstPage: () => void;
  onReset: () => void;
  empty: React.ReactNode;
}) {
  if (page > 1) {
    return (
      <EmptyState
        icon={SearchXIcon}
        title={`Nothing on page ${page}`}
        description={`There are fewer ${noun} than that now.`}
        action={
          <Button variant="outline" size="sm" onClick={onFirstPage}>
            Go to the first page
          </Button>
        }
      />
    );
  }
  if (filtered) {
    return (
      <EmptyState
        icon={SearchXIcon}
        title={`No ${noun} match`}
        description="Try another name, or clear the search and filters."
        action={
          <Button variant="outline" size="sm" onClick={onReset}>
            Clear search and filters
          </Button>
        }
      />
    );
  }
  return empty;
}
