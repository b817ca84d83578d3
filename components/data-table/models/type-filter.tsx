"use client";

import { ModelTypeValues } from "@/lib/egp/enums.gen";
import type { ModelType } from "@/lib/egp/types";
import { DataTableFilter, humanize } from "../data-table-filter";

const TYPE_OPTIONS = ModelTypeValues.map((value) => ({ value, label: humanize(value) }));

/** The models lists' type filter (the models page's toolbar and a group's own models). */
export function ModelTypeFilter({
  value,
  onChange,
}: {
  value: ModelType | null;
  onChange: (modelType: ModelType | null) => void;
}) {
  return (
    <DataTableFilter
      label="Model type"
      allLabel="All types"
      value={value}
      options={TYPE_OPTIONS}
      onChange={onChange}
    />
  );
}
