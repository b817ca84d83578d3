"use client";

import { useCallback, useMemo } from "react";
import { useRouter } from "next/navigation";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { ListEmpty } from "@/components/data-table/list-empty";
import { modelColumns, modelHref } from "@/components/data-table/models/columns";
import { ModelToolbar } from "@/components/data-table/models/toolbar";
import type { Model } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { modelQueries } from "@/lib/queries/models";
import { groupModelListParams, groupModelSearchParams } from "../search-params";

const detailKey = (model: Model) => modelQueries.detail(model.id).queryKey;

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
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useQueryStates(groupModelSearchParams, { history: "push" });
  const query = useQuery(modelQueries.list(groupModelListParams(groupId, state)));
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);
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
  const reset = () => setState({ q: null, model_type: null, page: null });
  const onRowIntent = useCallback(
    (model: Model) => {
      void queryClient.prefetchQuery(modelQueries.detail(model.id));
      router.prefetch(modelHref(model));
    },
    [queryClient, router],
  );
  const filtered = Boolean(state.q || state.model_type);

  return (
    <section aria-labelledby="group-models-heading" className="flex flex-col gap-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="group-models-heading" className="text-lg font-semibold tracking-tight">
          Models in this group
        </h2>
        {query.data && (
          <span className="text-muted-foreground text-sm tabular-nums">
            {query.data.total_item_count} total
          </span>
        )}
      </div>
      {(filtered || Boolean(query.data?.total_item_count)) && (
        <ModelToolbar
          filters={{ ...state, vendor: null, group: null, origin: null }}
          showGroupFilter={false}
          showExtraFilters={false}
          onSearch={(q) => setState({ q: q || null, page: null }, { history: "replace" })}
          onFilter={({ model_type }) => setState({ model_type: model_type ?? null, page: null })}
          onReset={reset}
        />
      )}
      <DataTable
        label="Models in this group"
        columns={columns}
        query={query}
        getRowId={(model) => model.id}
        getRowHref={modelHref}
        onRowIntent={onRowIntent}
        sort={state.sort}
        onSortChange={(sort) => setState({ sort, page: null })}
        skeletonRows={4}
        empty={
          <ListEmpty
            noun="models"
            page={state.page}
            filtered={filtered}
            onFirstPage={() => setState({ page: null })}
            onReset={reset}
            empty={empty}
          />
        }
      />
      {Boolean(query.data?.total_item_count) && (
        <DataTablePagination
          page={state.page}
          limit={state.limit}
          total={query.data?.total_item_count}
          onPageChange={(page) => setState({ page })}
          onLimitChange={(limit) => setState({ limit, page: null })}
        />
      )}
    </section>
  );
}
