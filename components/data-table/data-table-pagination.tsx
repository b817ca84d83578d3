"use client";

import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { LazySelect } from "@/components/lazy/lazy-select";
import { PAGE_SIZES } from "@/lib/api/list-params";
import { pageCount, rangeLabel } from "./pagination";

type PageSize = (typeof PAGE_SIZES)[number];

const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }));

/** Footer: rows per page, "11–20 of 23", "Page 2 of 3" and first/previous/next/last buttons. */
export function DataTablePagination({
  page,
  limit,
  total,
  onPageChange,
  onLimitChange,
}: {
  page: number;
  limit: number;
  total: number | undefined;
  onPageChange: (page: number) => void;
  onLimitChange: (limit: PageSize) => void;
}) {
  const pages = pageCount(total ?? 0, limit);
  const known = total !== undefined;
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground tabular-nums" aria-live="polite">
        {known ? rangeLabel(page, limit, total) : " "}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex items-center gap-2">
          <span aria-hidden className="text-muted-foreground hidden sm:inline">
            Rows per page
          </span>
          <LazySelect
            label="Rows per page"
            value={String(limit)}
            options={PAGE_SIZE_OPTIONS}
            onValueChange={(value) => onLimitChange(Number(value) as PageSize)}
            size="sm"
            className="w-[4.5rem]"
          />
        </div>
        <p className="font-medium tabular-nums">
          {known && page > pages ? `Past the last page (${pages})` : `Page ${page} of ${known ? pages : "…"}`}
        </p>
        <div className="flex items-center gap-1">
          <PageButton label="First page" disabled={page <= 1} onClick={() => onPageChange(1)}>
            <ChevronsLeftIcon />
          </PageButton>
          <PageButton
            label="Previous page"
            disabled={page <= 1}
            onClick={() => onPageChange(known ? Math.min(page - 1, pages) : page - 1)}
          >
            <ChevronLeftIcon />
          </PageButton>
          <PageButton
            label="Next page"
            disabled={!known || page >= pages}
            onClick={() => onPageChange(page + 1)}
          >
            <ChevronRightIcon />
          </PageButton>
          <PageButton
            label="Last page"
            disabled={!known || page === pages}
            onClick={() => onPageChange(pages)}
          >
            <ChevronsRightIcon />
          </PageButton>
        </div>
      </div>
    </nav>
  );
}

function PageButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Button
      variant="outline"
      size="icon-sm"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
