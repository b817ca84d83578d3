import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { modelQueries } from "@/lib/queries/models";
import { listModels } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { ModelsClient } from "./client";
import { loadModelSearchParams, modelListParams } from "./search-params";

export const metadata: Metadata = { title: "Models" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = modelListParams(await loadModelSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(modelQueries.list(params), (egp) => listModels(egp, modelListSchema.parse(params))),
  ]);
  return (
    <PageBoundary data={data}>
      <ModelsClient />
    </PageBoundary>
  );
}
