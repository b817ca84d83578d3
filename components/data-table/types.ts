import type { ReactNode } from "react";

/** One column of a DataTable: a header, how to render a cell, and the API sort field if sortable. */
export type DataTableColumn<T> = {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortField?: string;
  /** Visually hidden header (e.g. the actions column), still read by screen readers. */
  hideHeader?: boolean;
  className?: string;
};
