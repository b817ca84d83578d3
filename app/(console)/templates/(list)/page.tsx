import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { Prefetched, type ServerQuery } from "@/components/data-table/prefetched";
import { templateQueries } from "@/lib/queries/templates";
import { listTemplates } from "@/lib/resources/templates";
import { templateListSchema } from "@/lib/schemas/lists";
import { TemplatesClient } from "./client";
import { loadTemplateSearchParams, templateListParams } from "./search-params";

export const metadata: Metadata = { title: "Templates" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = templateListParams(await loadTemplateSearchParams(searchParams));
  const list: ServerQuery = {
    queryKey: templateQueries.list(params).queryKey,
    load: (egp) => listTemplates(egp, templateListSchema.parse(params)),
  };
  return (
    <Prefetched queries={[list]}>
      <TemplatesClient />
    </Prefetched>
  );
}
