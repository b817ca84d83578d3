"use client";

import { distinguishing, type Dated } from "@/lib/same-name";
import { NameCell } from "./cells";
import type { DataTableColumn } from "./types";

/**
 * A list's name column: the row's title (linked to its page when `href` is given) and subtitle. Rows
 * that share their title with another on the page say what tells them apart: `tag` when the resource
 * has one, their age and the start of their id.
 */
export function nameColumn<T extends Dated>({
  id = "name",
  header = "Name",
  sortField,
  href,
  title,
  subtitle,
  tag,
}: {
  id?: string;
  header?: string;
  sortField?: string;
  href?: (row: T) => string;
  title: (row: T) => string;
  subtitle?: (row: T) => string | null | undefined;
  tag?: (row: T) => string | null | undefined;
}): DataTableColumn<T> {
  return {
    id,
    header,
    sortField,
    cell: (row, { hint }) => (
      <NameCell href={href?.(row)} title={title(row)} subtitle={subtitle?.(row)} hint={hint} />
    ),
    setApart: { label: title, hint: (row) => distinguishing(row, tag?.(row)) },
  };
}
