import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { templateQueries } from "@/lib/queries/templates";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { loadTemplate } from "@/lib/server/subjects";
import { NewModelClient } from "./client";
import { loadNewModelSearchParams } from "./search-params";

export const metadata: Metadata = { title: "New model" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { template: templateId } = await loadNewModelSearchParams(searchParams);
  const data = await loadPageData(
    templateId ? [serverQuery(templateQueries.detail(templateId), () => loadTemplate(templateId))] : [],
  );
  return (
    <PageBoundary data={data}>
      <NewModelClient />
    </PageBoundary>
  );
}
