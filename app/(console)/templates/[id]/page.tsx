import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { PageError } from "@/components/shell/page-error";
import { loadForPage } from "@/lib/egp/page-failure";
import { getQueryClient } from "@/lib/query-client";
import { templateQueries } from "@/lib/queries/templates";
import { loadTemplate } from "@/lib/templates/load-template";
import { TemplateDetailClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadForPage(loadTemplate((await params).id));
  if (!loaded.ok) return { title: "Templates" };
  return { title: loaded.value ? `${loaded.value.name} · Templates` : "Template not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const loaded = await loadForPage(loadTemplate(id));
  if (!loaded.ok) return <PageError message={loaded.message} />;
  const template = loaded.value;
  if (!template) notFound();
  const queryClient = getQueryClient();
  queryClient.setQueryData(templateQueries.detail(id).queryKey, template);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TemplateDetailClient id={id} />
    </HydrationBoundary>
  );
}
