import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { getQueryClient } from "@/lib/query-client";
import { templateQueries } from "@/lib/queries/templates";
import { loadTemplate } from "@/lib/templates/load-template";
import { TemplateDetailClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const template = await loadTemplate((await params).id);
  return { title: template ? `${template.name} · Templates` : "Template not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const template = await loadTemplate(id);
  if (!template) notFound();
  const queryClient = getQueryClient();
  queryClient.setQueryData(templateQueries.detail(id).queryKey, template);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TemplateDetailClient id={id} />
    </HydrationBoundary>
  );
}
