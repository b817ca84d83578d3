"use client";

import { DataTableSearch } from "../data-table-search";
import { DataTableToolbar } from "../data-table-toolbar";

export function GroupToolbar({
  filters: { q },
  onSearch,
  onReset,
}: {
  filters: { q: string };
  onSearch: (q: string) => void;
  onReset: () => void;
}) {
  return (
    <DataTableToolbar canReset={Boolean(q)} onReset={onReset}>
      <DataTableSearch label="Search groups by name" value={q} onChange={onSearch} />
    </DataTableToolbar>
  );
}
