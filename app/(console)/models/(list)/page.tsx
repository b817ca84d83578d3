import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { Prefetched, type ServerQuery } from "@/components/data-table/prefetched";
import { modelQueries } from "@/lib/queries/models";
import { listModels } from "@/lib/resources/models";
import { modelListSchema } from "@/lib/schemas/lists";
import { ModelsClient } from "./client";
import { loadModelSearchParams, modelListParams } from "./search-params";

export const metadata: Metadata = { title: "Models" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = modelListParams(await loadModelSearchParams(searchParams));
  const list: ServerQuery = {
    queryKey: modelQueries.list(params).queryKey,
    load: (egp) => listModels(egp, modelListSchema.parse(params)),
  };
  return (
    <Prefetched queries={[list]}>
      <ModelsClient />
    </Prefetched>
  );
}
