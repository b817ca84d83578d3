"use client";

import { MODEL_VENDOR_LABELS } from "@/lib/egp/labels";
import { useQuery } from "@tanstack/react-query";

import { ModelVendorValues } from "@/lib/egp/enums.gen";
import type { ModelType, ModelVendor } from "@/lib/egp/types";
import { groupQueries } from "@/lib/queries/groups";
import { DataTableFilter } from "../data-table-filter";
import { DataTableSearch } from "../data-table-search";
import { DataTableToolbar } from "../data-table-toolbar";
import { ModelTypeFilter } from "./type-filter";

export type ModelOrigin = "builtin" | "custom";
export type ModelFilters = {
  q: string;
  model_type: ModelType | null;
  vendor: ModelVendor | null;
  group: string | null;
  origin: ModelOrigin | null;
};

const VENDOR_OPTIONS = ModelVendorValues.map((value) => ({ value, label: MODEL_VENDOR_LABELS[value] }));
const ORIGIN_OPTIONS = [
  { value: "builtin" as const, label: "Built-in" },
  { value: "custom" as const, label: "Custom" },
];

export function ModelToolbar({
  filters,
  onSearch,
  onFilter,
  onReset,
}: {
  filters: ModelFilters;
  onSearch: (q: string) => void;
  onFilter: (filters: Partial<Omit<ModelFilters, "q">>) => void;
  onReset: () => void;
}) {
  const groups = useQuery(groupQueries.list({ limit: 100, sort: "name:asc" }));
  const groupOptions = (groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name }));
  if (filters.group && !groupOptions.some((option) => option.value === filters.group)) {
    groupOptions.push({ value: filters.group, label: "Selected group" });
  }
  const active = Boolean(
    filters.q || filters.model_type || filters.vendor || filters.origin || filters.group,
  );
  return (
    <DataTableToolbar canReset={active} onReset={onReset}>
      <DataTableSearch label="Search models by name" value={filters.q} onChange={onSearch} />
      <ModelTypeFilter value={filters.model_type} onChange={(model_type) => onFilter({ model_type })} />
      <DataTableFilter
        label="Vendor"
        allLabel="All vendors"
        value={filters.vendor}
        options={VENDOR_OPTIONS}
        onChange={(vendor) => onFilter({ vendor })}
      />
      <DataTableFilter
        label="Group"
        allLabel="All groups"
        value={filters.group}
        options={groupOptions}
        onChange={(group) => onFilter({ group })}
      />
      <DataTableFilter
        label="Origin"
        allLabel="Built-in and custom"
        value={filters.origin}
        options={ORIGIN_OPTIONS}
        onChange={(origin) => onFilter({ origin })}
      />
    </DataTableToolbar>
  );
}
