"use client";

import { useMemo } from "react";
import Link from "next/link";
import { DatabaseIcon, PlusIcon, SparklesIcon } from "lucide-react";

import { DataTableFilter } from "@/components/data-table/data-table-filter";
import { EmptyState } from "@/components/data-table/empty-state";
import { EmptyStateLink } from "@/components/data-table/empty-state-link";
import { jobColumns, jobHref } from "@/components/data-table/fine-tuning/columns";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { ListPage } from "@/components/data-table/list-page";
import { ModelFilterChip } from "@/components/data-table/model-filter-chip";
import { useResourceList } from "@/components/data-table/use-resource-list";
import { useConsole } from "@/components/shell/role-gate";
import { FINE_TUNING_STATUS_LABELS } from "@/components/status/fine-tuning-status-badge";
import { Button } from "@/components/ui/button";
import { FineTuningJobStatusValues } from "@/lib/egp/enums.gen";
import { isFinalJobStatus, type FineTuningJob, type Page } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { fineTuningJobQueries } from "@/lib/queries/fine-tuning";
import { FILTERS_CLEARED, jobListParams, jobSearchParams, type JobSearchState } from "./search-params";

const STATUS_OPTIONS = FineTuningJobStatusValues.map((value) => ({
  value,
  label: FINE_TUNING_STATUS_LABELS[value],
}));

/** Polls every 2 s while a job on the page is still pending or running. */
const refetchInterval = (query: { state: { data?: Page<FineTuningJob> } }) =>
  query.state.data?.items.some((job) => !isFinalJobStatus(job.status)) ? 2000 : false;
const jobList = (state: JobSearchState) => ({
  ...fineTuningJobQueries.list(jobListParams(state)),
  refetchInterval,
});

export function FineTuningClient() {
  const { can } = useConsole();
  const table = useResourceList({
    parsers: jobSearchParams,
    cleared: FILTERS_CLEARED,
    query: jobList,
    href: jobHref,
  });
  const { state } = table.list;
  const columns = useMemo(() => jobColumns(), []);

  return (
    <ListPage
      title="Fine-tuning"
      description="Train a model on your own rows; the tuned model joins its base model's group."
      actions={
        <>
          <Button asChild size="sm" variant="outline">
            <Link href={hrefs.trainingDatasets()}>
              <DatabaseIcon aria-hidden /> Datasets
            </Link>
          </Button>
          <GatedAction allowed={can("models:write")} reason={VIEWER_REASON}>
            <Button asChild size="sm">
              <Link href={hrefs.newFineTuningJob({ model: state.model ?? undefined })}>
                <PlusIcon aria-hidden /> New job
              </Link>
            </Button>
          </GatedAction>
        </>
      }
      label="Fine-tuning jobs"
      {...table}
      columns={columns}
      filters={
        <>
          <DataTableFilter
            label="Status"
            allLabel="All statuses"
            value={state.status}
            options={STATUS_OPTIONS}
            onChange={(status) => table.list.onFilter({ status })}
          />
          {state.model && (
            <ModelFilterChip
              label="Base model"
              modelId={state.model}
              clearLabel="Show jobs of every model"
              onClear={() => table.list.onFilter({ model: null })}
            />
          )}
        </>
      }
      remote="fine-tuning jobs"
      noun="jobs"
      empty={
        <EmptyState
          icon={SparklesIcon}
          title="No fine-tuning jobs yet"
          description="Upload a dataset of labelled rows, then start a job from a reranking or embedding model."
          action={<EmptyStateLink href={hrefs.newTrainingDataset()}>Upload a dataset</EmptyStateLink>}
        />
      }
    />
  );
}
