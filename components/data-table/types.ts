import type { ReactNode } from "react";

/** What a cell is told besides its row. */
export type CellContext = {
  /** Set on a `setApart` column when another row on the page has the same label: what tells this row apart. */
  hint?: string;
};

/** One column of a DataTable: a header, how to render a cell, and the API sort field if sortable. */
export type DataTableColumn<T> = {
  id: string;
  header: string;
  cell: (row: T, context: CellContext) => ReactNode;
  sortField?: string;
  /** Visually hidden header (e.g. the actions column), still read by screen readers. */
  hideHeader?: boolean;
  className?: string;
  /** Rows whose `label` another row on the page shares get `hint(row)` in their cell's context. */
  setApart?: { label: (row: T) => string; hint: (row: T) => string };
};
