import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { trainingDatasetQueries } from "@/lib/queries/fine-tuning";
import { listTrainingDatasets } from "@/lib/resources/fine-tuning";
import { trainingDatasetListSchema } from "@/lib/schemas/fine-tuning";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { DatasetsClient } from "./client";
import { datasetListParams, loadDatasetSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Training datasets · Fine-tuning" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = datasetListParams(await loadDatasetSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(trainingDatasetQueries.list(params), (egp) =>
      listTrainingDatasets(egp, trainingDatasetListSchema.parse(params)),
    ),
  ]);
  return (
    <PageBoundary data={data}>
      <DatasetsClient />
    </PageBoundary>
  );
}
