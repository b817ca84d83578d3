"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { BoxIcon, PlusIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { EmptyState } from "@/components/data-table/empty-state";
import { ListEmpty } from "@/components/data-table/list-empty";
import { RemoteFilterNotice } from "@/components/data-table/remote-filter-notice";
import { modelColumns, modelHref } from "@/components/data-table/models/columns";
import { ModelToolbar } from "@/components/data-table/models/toolbar";
import { useListPage, useRowIntent } from "@/components/data-table/use-list-page";
import { PageHeader } from "@/components/shell/page-header";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { Model } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { hrefs } from "@/lib/hrefs";
import { modelQueries } from "@/lib/queries/models";
import { FILTERS_CLEARED, modelListParams, modelSearchParams } from "./search-params";

const detailKey = (model: Model) => modelQueries.detail(model.id).queryKey;
const detailQuery = (model: Model) => modelQueries.detail(model.id);

function NewModelButton({ allowed, size }: { allowed: boolean; size?: "sm" }) {
  return (
    <GatedAction allowed={allowed} reason={VIEWER_REASON}>
      <Button asChild={allowed} size={size}>
        {allowed ? (
          <Link href={hrefs.newModel()}>
            <PlusIcon /> New model
          </Link>
        ) : (
          <>
            <PlusIcon /> New model
          </>
        )}
      </Button>
    </GatedAction>
  );
}

export function ModelsClient() {
  const { can } = useConsole();
  const list = useListPage(modelSearchParams, FILTERS_CLEARED);
  const { state } = list;
  const query = useQuery(modelQueries.list(modelListParams(state)));
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);

  const canWrite = can("models:write");
  const columns = useMemo(() => modelColumns(), []);
  const onRowIntent = useRowIntent(detailQuery, modelHref);
  const filtered = Boolean(state.q || state.model_type || state.vendor || state.group || state.origin);

  return (
    <>
      <ResourceSearchSources />
      <PageHeader
        title="Models"
        description="Models registered on the platform, built-in and created from templates."
        actions={<NewModelButton allowed={canWrite} />}
      />
      <section aria-label="Models" className="flex flex-col gap-4">
        <ModelToolbar
          filters={state}
          onSearch={list.onSearch}
          onFilter={list.onFilter}
          onReset={list.onReset}
        />
        <RemoteFilterNotice resource="models" state={state} />
        <DataTable
          label="Models"
          columns={columns}
          query={query}
          getRowId={(model) => model.id}
          getRowHref={modelHref}
          onRowIntent={onRowIntent}
          sort={state.sort}
          onSortChange={list.onSortChange}
          empty={
            <ListEmpty
              noun="models"
              page={state.page}
              filtered={filtered}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
              empty={
                <EmptyState
                  icon={BoxIcon}
                  title="No models yet"
                  description={"Create one from a template, then deploy it to call it."}
                  action={canWrite && <NewModelButton allowed size="sm" />}
                />
              }
            />
          }
        />
        <DataTablePagination
          page={state.page}
          limit={state.limit}
          total={query.data?.total_item_count}
          onPageChange={list.onPageChange}
          onLimitChange={list.onLimitChange}
        />
      </section>
    </>
  );
}
