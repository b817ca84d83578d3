"use client";

import { ModelTypeValues } from "@/lib/egp/enums.gen";
import type { ModelType } from "@/lib/egp/types";
import { DataTableFilter, humanize } from "../data-table-filter";
import { DataTableSearch } from "../data-table-search";
import { DataTableToolbar } from "../data-table-toolbar";

const TYPE_OPTIONS = ModelTypeValues.map((type) => ({ value: type, label: humanize(type) }));

export type TemplateFilters = { q: string; model_type: ModelType | null };

export function TemplateToolbar({
  filters,
  onSearch,
  onFilter,
  onReset,
}: {
  filters: TemplateFilters;
  onSearch: (q: string) => void;
  onFilter: (filters: Partial<Omit<TemplateFilters, "q">>) => void;
  onReset: () => void;
}) {
  return (
    <DataTableToolbar canReset={Boolean(filters.q || filters.model_type)} onReset={onReset}>
      <DataTableSearch label="Search templates by name" value={filters.q} onChange={onSearch} />
      <DataTableFilter
        label="Model type"
        allLabel="All model types"
        value={filters.model_type}
        options={TYPE_OPTIONS}
        onChange={(model_type) => onFilter({ model_type })}
      />
    </DataTableToolbar>
  );
}
