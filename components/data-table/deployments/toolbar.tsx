"use client";

import { useQuery } from "@tanstack/react-query";
import { XIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { ModelDeploymentStatusValues } from "@/lib/egp/enums.gen";
import { DEPLOYMENT_STATUS_LABELS } from "@/lib/egp/labels";
import type { DeploymentStatus } from "@/lib/egp/types";
import { modelQueries } from "@/lib/queries/models";
import { DataTableFilter } from "../data-table-filter";
import { DataTableSearch } from "../data-table-search";
import { DataTableToolbar } from "../data-table-toolbar";

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
  const model = useQuery({ ...modelQueries.detail(filters.model ?? ""), enabled: Boolean(filters.model) });
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
        <Badge variant="secondary" className="h-9 gap-1.5 rounded-md px-3 text-sm font-normal">
          Model:{" "}
          <span className="max-w-40 truncate font-medium">
            {model.data?.display_name || model.data?.name || filters.model}
          </span>
          <button
            type="button"
            aria-label="Show deployments of every model"
            className="hover:text-foreground -mr-1 rounded-sm p-0.5"
            onClick={() => onFilter({ model: null })}
          >
            <XIcon className="size-3.5" />
          </button>
        </Badge>
      )}
    </DataTableToolbar>
  );
}
