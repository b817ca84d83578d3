"use client";

import { useMemo } from "react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { LazyListEmpty } from "@/components/data-table/lazy-list-empty";
import { modelColumns, modelHref } from "@/components/data-table/models/columns";
import { ModelTypeFilter } from "@/components/data-table/models/type-filter";
import { useListPage, useRowIntent } from "@/components/data-table/use-list-page";
import { useQuery } from "@tanstack/react-query";
import type { Model } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { modelQueries } from "@/lib/queries/models";
import { groupModelListParams, groupModelSearchParams } from "../search-params";

const detailKey = (model: Model) => modelQueries.detail(model.id).queryKey;
const detailQuery = (model: Model) => modelQueries.detail(model.id);
const CLEARED = { q: null, model_type: null, page: null };

/**
 * The group's models: the models list filtered by `group=<id>`, with its own URL state. It composes the
 * list pieces itself rather than ListSection: the group page is near its first-load budget.
 */
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
  const list = useListPage(groupModelSearchParams, CLEARED);
  const { state } = list;
  const query = useQuery(modelQueries.list(groupModelListParams(groupId, state)));
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);
  const onRowIntent = useRowIntent(detailQuery, modelHref);
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
  const total = query.data?.total_item_count;

  return (
    <section aria-labelledby="group-models-heading" className="flex flex-col gap-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="group-models-heading" className="text-lg font-semibold tracking-tight">
          Models in this group
        </h2>
        {total !== undefined && (
          <span className="text-muted-foreground text-sm tabular-nums">{total} total</span>
        )}
      </div>
      {(list.filtered || Boolean(total)) && (
        <DataTableToolbar canReset={list.filtered} onReset={list.onReset}>
          <DataTableSearch label="Search models by name" value={state.q} onChange={list.onSearch} />
          <ModelTypeFilter
            value={state.model_type}
            onChange={(model_type) => list.onFilter({ model_type })}
          />
        </DataTableToolbar>
      )}
      <DataTable
        label="Models in this group"
        columns={columns}
        query={query}
        getRowId={(model) => model.id}
        getRowHref={modelHref}
        onRowIntent={onRowIntent}
        sort={state.sort}
        onSortChange={list.onSortChange}
        skeletonRows={4}
        empty={
          <LazyListEmpty
            noun="models"
            page={state.page}
            filtered={list.filtered}
            onFirstPage={list.onFirstPage}
            onReset={list.onReset}
            empty={empty}
          />
        }
      />
      {Boolean(total) && (
        <DataTablePagination
          page={state.page}
          limit={state.limit}
          total={total}
          onPageChange={list.onPageChange}
          onLimitChange={list.onLimitChange}
        />
      )}
    </section>
  );
}
