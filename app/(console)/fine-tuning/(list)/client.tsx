"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { DatabaseIcon, PlusIcon, SparklesIcon, XIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { jobColumns, jobHref } from "@/components/data-table/fine-tuning/columns";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { ListEmpty } from "@/components/data-table/list-empty";
import { RemoteFilterNotice } from "@/components/data-table/remote-filter-notice";
import { useListPage } from "@/components/data-table/use-list-page";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { FINE_TUNING_STATUS_LABELS } from "@/components/status/fine-tuning-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FineTuningJobStatusValues } from "@/lib/egp/enums.gen";
import { isFinalJobStatus, type FineTuningJob, type Page } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { fineTuningJobQueries } from "@/lib/queries/fine-tuning";
import { modelQueries } from "@/lib/queries/models";
import { FILTERS_CLEARED, jobListParams, jobSearchParams } from "./search-params";

const STATUS_OPTIONS = FineTuningJobStatusValues.map((value) => ({
  value,
  label: FINE_TUNING_STATUS_LABELS[value],
}));

/** Polls every 2 s while a job on the page is still pending or running. */
const refetchInterval = (query: { state: { data?: Page<FineTuningJob> } }) =>
  query.state.data?.items.some((job) => !isFinalJobStatus(job.status)) ? 2000 : false;

export function FineTuningClient() {
  const { can } = useConsole();
  const list = useListPage(jobSearchParams, FILTERS_CLEARED);
  const { state } = list;
  const query = useQuery({ ...fineTuningJobQueries.list(jobListParams(state)), refetchInterval });
  const model = useQuery({ ...modelQueries.detail(state.model ?? ""), enabled: Boolean(state.model) });
  const columns = useMemo(() => jobColumns(), []);
  const canWrite = can("models:write");
  const filtered = Boolean(state.status || state.model);

  return (
    <>
      <PageHeader
        title="Fine-tuning"
        description="Train a model on your own rows; the tuned model joins its base model's group."
        actions={
          <>
            <Button asChild size="sm" variant="outline">
              <Link href={hrefs.trainingDatasets()}>
                <DatabaseIcon aria-hidden /> Datasets
              </Link>
            </Button>
            <GatedAction allowed={canWrite} reason={VIEWER_REASON}>
              <Button asChild size="sm">
                <Link href={hrefs.newFineTuningJob({ model: state.model ?? undefined })}>
                  <PlusIcon aria-hidden /> New job
                </Link>
              </Button>
            </GatedAction>
          </>
        }
      />
      <section aria-label="Fine-tuning jobs" className="flex flex-col gap-4">
        <DataTableToolbar canReset={filtered} onReset={list.onReset}>
          <DataTableFilter
            label="Status"
            allLabel="All statuses"
            value={state.status}
            options={STATUS_OPTIONS}
            onChange={(status) => list.onFilter({ status })}
          />
          {state.model && (
            <Badge variant="secondary" className="h-9 gap-1.5 rounded-md px-3 text-sm font-normal">
              Base model:{" "}
              <span className="max-w-40 truncate font-medium">
                {model.data?.display_name || model.data?.name || state.model}
              </span>
              <button
                type="button"
                aria-label="Show jobs of every model"
                className="hover:text-foreground -mr-1 rounded-sm p-0.5"
                onClick={() => list.onFilter({ model: null })}
              >
                <XIcon className="size-3.5" />
              </button>
            </Badge>
          )}
        </DataTableToolbar>
        <RemoteFilterNotice resource="fine-tuning jobs" state={state} />
        <DataTable
          label="Fine-tuning jobs"
          columns={columns}
          query={query}
          getRowId={(job) => job.id}
          getRowHref={jobHref}
          sort={null}
          onSortChange={list.onSortChange}
          empty={
            <ListEmpty
              noun="jobs"
              page={state.page}
              filtered={filtered}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
              empty={
                <EmptyState
                  icon={SparklesIcon}
                  title="No fine-tuning jobs yet"
                  description="Upload a dataset of labelled rows, then start a job from a reranking or embedding model."
                  action={
                    <Button asChild size="sm" variant="outline">
                      <Link href={hrefs.newTrainingDataset()}>Upload a dataset</Link>
                    </Button>
                  }
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
