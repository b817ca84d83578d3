import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { PageError } from "@/components/shell/page-error";
import { loadForPage } from "@/lib/egp/page-failure";
import { getQueryClient } from "@/lib/query-client";
import { templateQueries } from "@/lib/queries/templates";
import { loadTemplate } from "@/lib/templates/load-template";
import { NewModelClient } from "./client";
import { loadNewModelSearchParams } from "./search-params";

export const metadata: Metadata = { title: "New model" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { template: templateId } = await loadNewModelSearchParams(searchParams);
  const queryClient = getQueryClient();
  const loaded = await loadForPage(templateId ? loadTemplate(templateId) : Promise.resolve(null));
  if (!loaded.ok) return <PageError message={loaded.message} />;
  const template = loaded.value;
  if (template) queryClient.setQueryData(templateQueries.detail(template.id).queryKey, template);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <NewModelClient />
    </HydrationBoundary>
  );
}
