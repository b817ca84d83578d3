"use client";

import { MODEL_VENDOR_LABELS } from "@/lib/egp/labels";
import { useQuery } from "@tanstack/react-query";

import { ModelTypeValues, ModelVendorValues } from "@/lib/egp/enums.gen";
import type { ModelType, ModelVendor } from "@/lib/egp/types";
import { groupQueries } from "@/lib/queries/groups";
import { DataTableFilter, humanize } from "../data-table-filter";
import { DataTableSearch } from "../data-table-search";
import { DataTableToolbar } from "../data-table-toolbar";

export type ModelOrigin = "builtin" | "custom";
export type ModelFilters = {
  q: string;
  model_type: ModelType | null;
  vendor: ModelVendor | null;
  group: string | null;
  origin: ModelOrigin | null;
};

const TYPE_OPTIONS = ModelTypeValues.map((value) => ({ value, label: humanize(value) }));
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
  showGroupFilter = true,
  showExtraFilters = true,
}: {
  filters: ModelFilters;
  onSearch: (q: string) => void;
  onFilter: (filters: Partial<Omit<ModelFilters, "q">>) => void;
  onReset: () => void;
  showGroupFilter?: boolean;
  /** Vendor and origin; the group page keeps only search and type. */
  showExtraFilters?: boolean;
}) {
  const groups = useQuery({
    ...groupQueries.list({ limit: 100, sort: "name:asc" }),
    enabled: showGroupFilter,
  });
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
      <DataTableFilter
        label="Model type"
        allLabel="All types"
        value={filters.model_type}
        options={TYPE_OPTIONS}
        onChange={(model_type) => onFilter({ model_type })}
      />
      {showExtraFilters && (
        <DataTableFilter
          label="Vendor"
          allLabel="All vendors"
          value={filters.vendor}
          options={VENDOR_OPTIONS}
          onChange={(vendor) => onFilter({ vendor })}
        />
      )}
      {showGroupFilter && (
        <DataTableFilter
          label="Group"
          allLabel="All groups"
          value={filters.group}
          options={groupOptions}
          onChange={(group) => onFilter({ group })}
        />
      )}
      {showExtraFilters && (
        <DataTableFilter
          label="Origin"
          allLabel="Built-in and custom"
          value={filters.origin}
          options={ORIGIN_OPTIONS}
          onChange={(origin) => onFilter({ origin })}
        />
      )}
    </DataTableToolbar>
  );
}
