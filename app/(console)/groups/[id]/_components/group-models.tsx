"use client";

import { useMemo } from "react";

import { ListSection } from "@/components/data-table/list-section";
import { modelColumns, modelHref } from "@/components/data-table/models/columns";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { ModelTypeFilter } from "@/components/data-table/models/type-filter";
import { useResourceList } from "@/components/data-table/use-list-page";
import type { Model } from "@/lib/egp/types";
import { modelQueries } from "@/lib/queries/models";
import { groupModelListParams, groupModelSearchParams } from "../search-params";

const detailQuery = (model: Model) => modelQueries.detail(model.id);

/** The group's models: the models list filtered by `group=<id>`, with its own URL state. */
export function GroupModels({
  groupId,
  removableFrom,
  empty,
}: {
  groupId: string;
  /** Set when the reader may take models out of the group: each row's menu offers it. */
  removableFrom?: { id: string; name: string };
  empty: React.ReactNode;
}) {
  const table = useResourceList({
    parsers: groupModelSearchParams,
    cleared: { q: null, model_type: null, page: null },
    query: (state) => modelQueries.list(groupModelListParams(groupId, state)),
    detail: detailQuery,
    href: modelHref,
  });
  const removableId = removableFrom?.id;
  const removableName = removableFrom?.name;
  const columns = useMemo(
    () =>
      modelColumns({
        hideGroup: true,
        inGroup:
          removableId && removableName !== undefined ? { id: removableId, name: removableName } : undefined,
      }),
    [removableId, removableName],
  );
  const total = table.query.data?.total_item_count;

  return (
    <ListSection
      label="Models in this group"
      heading={
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold tracking-tight">Models in this group</h2>
          {total !== undefined && (
            <span className="text-muted-foreground text-sm tabular-nums">{total} total</span>
          )}
        </div>
      }
      {...table}
      columns={columns}
      filters={
        (table.list.filtered || Boolean(total)) && (
          <>
            <DataTableSearch
              label="Search models by name"
              value={table.list.state.q}
              onChange={table.list.onSearch}
            />
            <ModelTypeFilter
              value={table.list.state.model_type}
              onChange={(model_type) => table.list.onFilter({ model_type })}
            />
          </>
        )
      }
      noun="models"
      empty={empty}
      skeletonRows={4}
      paginate={Boolean(total)}
    />
  );
}
