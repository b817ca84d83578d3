"use client";

import { useMemo } from "react";
import Link from "next/link";
import { DatabaseIcon, UploadIcon } from "lucide-react";

import { DataTableSearch } from "@/components/data-table/data-table-search";
import { EmptyState } from "@/components/data-table/empty-state";
import { datasetColumns } from "@/components/data-table/fine-tuning/columns";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { ListPage } from "@/components/data-table/list-page";
import { useResourceList } from "@/components/data-table/use-resource-list";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { hrefs } from "@/lib/hrefs";
import { trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { FILTERS_CLEARED, datasetListParams, datasetSearchParams } from "./search-params";

export function DatasetsClient() {
  const { can } = useConsole();
  const table = useResourceList({
    parsers: datasetSearchParams,
    cleared: FILTERS_CLEARED,
    query: (state) => trainingDatasetQueries.list(datasetListParams(state)),
  });
  const columns = useMemo(() => datasetColumns(), []);

  return (
    <ListPage
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
      {...table}
      columns={columns}
      filters={
        <DataTableSearch
          label="Search datasets by name"
          value={table.list.state.q}
          onChange={table.list.onSearch}
        />
      }
      remote="training datasets"
      noun="datasets"
      empty={
        <EmptyState
          icon={DatabaseIcon}
          title="No datasets yet"
          description="Upload a JSONL or CSV file of labelled rows to train on."
        />
      }
    >
      <SetBreadcrumbs items={[{ label: "Fine-tuning", href: hrefs.fineTuning() }, { label: "Datasets" }]} />
    </ListPage>
  );
}
