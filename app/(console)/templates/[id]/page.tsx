import type { Metadata } from "next";

import { PageBoundary } from "@/components/shell/page-boundary";
import { loadForPage } from "@/lib/egp/page-failure";
import { templateQueries } from "@/lib/queries/templates";
import { loadPageData, pageSubject } from "@/lib/server/page-data";
import { loadTemplate } from "@/lib/server/subjects";
import { TemplateDetailClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadForPage(loadTemplate((await params).id));
  if (!loaded.ok) return { title: "Templates" };
  return { title: loaded.value ? `${loaded.value.name} · Templates` : "Template not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const data = await loadPageData([pageSubject(templateQueries.detail(id), () => loadTemplate(id))]);
  return (
    <PageBoundary data={data}>
      <TemplateDetailClient id={id} />
    </PageBoundary>
  );
}
