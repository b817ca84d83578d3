"use client";

import { ModelDeploymentStatusValues } from "@/lib/egp/enums.gen";
import { DEPLOYMENT_STATUS_LABELS } from "@/lib/egp/labels";
import type { DeploymentStatus } from "@/lib/egp/types";
import { DataTableFilter } from "../data-table-filter";
import { DataTableSearch } from "../data-table-search";
import { DataTableToolbar } from "../data-table-toolbar";
import { ModelFilterChip } from "../model-filter-chip";

export type DeploymentFilters = { q: string; status: DeploymentStatus | null; model: string | null };

const STATUS_OPTIONS = ModelDeploymentStatusValues.map((value) => ({
  value,
  label: DEPLOYMENT_STATUS_LABELS[value],
}));

export function DeploymentToolbar({
  filters,
  onSearch,
  onFilter,
  onReset,
}: {
  filters: DeploymentFilters;
  onSearch: (q: string) => void;
  onFilter: (filters: Partial<Omit<DeploymentFilters, "q">>) => void;
  onReset: () => void;
}) {
  return (
    <DataTableToolbar canReset={Boolean(filters.q || filters.status || filters.model)} onReset={onReset}>
      <DataTableSearch label="Search deployments by name" value={filters.q} onChange={onSearch} />
      <DataTableFilter
        label="Status"
        allLabel="All statuses"
        value={filters.status}
        options={STATUS_OPTIONS}
        onChange={(status) => onFilter({ status })}
      />
      {filters.model && (
        <ModelFilterChip
          label="Model"
          modelId={filters.model}
          clearLabel="Show deployments of every model"
          onClear={() => onFilter({ model: null })}
        />
      )}
    </DataTableToolbar>
  );
}
