import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { templateQueries } from "@/lib/queries/templates";
import { listTemplates } from "@/lib/resources/templates";
import { templateListSchema } from "@/lib/schemas/lists";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { TemplatesClient } from "./client";
import { loadTemplateSearchParams, templateListParams } from "./search-params";

export const metadata: Metadata = { title: "Templates" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = templateListParams(await loadTemplateSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(templateQueries.list(params), (egp) => listTemplates(egp, templateListSchema.parse(params))),
  ]);
  return (
    <PageBoundary data={data}>
      <TemplatesClient />
    </PageBoundary>
  );
}
