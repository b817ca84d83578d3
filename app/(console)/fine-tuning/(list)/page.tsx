import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { fineTuningJobQueries } from "@/lib/queries/fine-tuning";
import { listFineTuningJobs } from "@/lib/resources/fine-tuning";
import { fineTuningJobListSchema } from "@/lib/schemas/fine-tuning";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { FineTuningClient } from "./client";
import { jobListParams, loadJobSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Fine-tuning" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = jobListParams(await loadJobSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(fineTuningJobQueries.list(params), (egp) =>
      listFineTuningJobs(egp, fineTuningJobListSchema.parse(params)),
    ),
  ]);
  return (
    <PageBoundary data={data}>
      <FineTuningClient />
    </PageBoundary>
  );
}
