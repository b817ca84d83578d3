"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { DatabaseIcon, UploadIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { datasetColumns } from "@/components/data-table/fine-tuning/columns";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { ListEmpty } from "@/components/data-table/list-empty";
import { RemoteFilterNotice } from "@/components/data-table/remote-filter-notice";
import { useListPage } from "@/components/data-table/use-list-page";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { hrefs } from "@/lib/hrefs";
import { trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { FILTERS_CLEARED, datasetListParams, datasetSearchParams } from "./search-params";

export function DatasetsClient() {
  const { can } = useConsole();
  const list = useListPage(datasetSearchParams, FILTERS_CLEARED);
  const { state } = list;
  const query = useQuery(trainingDatasetQueries.list(datasetListParams(state)));
  const columns = useMemo(() => datasetColumns(), []);

  return (
    <>
      <SetBreadcrumbs items={[{ label: "Fine-tuning", href: hrefs.fineTuning() }, { label: "Datasets" }]} />
      <PageHeader
        title="Training datasets"
        description="Rows a fine-tuning job trains and validates on, checked row by row before upload."
        actions={
          <GatedAction allowed={can("models:write")} reason={VIEWER_REASON}>
            <Button asChild size="sm">
              <Link href={hrefs.newTrainingDataset()}>
                <UploadIcon aria-hidden /> Upload dataset
              </Link>
            </Button>
          </GatedAction>
        }
      />
      <section aria-label="Training datasets" className="flex flex-col gap-4">
        <DataTableToolbar canReset={Boolean(state.q)} onReset={list.onReset}>
          <DataTableSearch label="Search datasets by name" value={state.q} onChange={list.onSearch} />
        </DataTableToolbar>
        <RemoteFilterNotice resource="training datasets" state={state} />
        <DataTable
          label="Training datasets"
          columns={columns}
          query={query}
          getRowId={(dataset) => dataset.id}
          sort={null}
          onSortChange={list.onSortChange}
          empty={
            <ListEmpty
              noun="datasets"
              page={state.page}
              filtered={Boolean(state.q)}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
              empty={
                <EmptyState
                  icon={DatabaseIcon}
                  title="No datasets yet"
                  description="Upload a JSONL or CSV file of labelled rows to train on."
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
