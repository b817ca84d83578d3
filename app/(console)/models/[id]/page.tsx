import type { Metadata } from "next";

import { PageBoundary } from "@/components/shell/page-boundary";
import { loadForPage } from "@/lib/egp/page-failure";
import { loadModel } from "@/lib/server/subjects";
import { modelTitle } from "@/lib/models/model-meta";
import { modelQueries } from "@/lib/queries/models";
import { loadPageData, pageSubject } from "@/lib/server/page-data";
import { ModelDetailClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadForPage(loadModel((await params).id));
  if (!loaded.ok) return { title: "Models" };
  return { title: loaded.value ? `${modelTitle(loaded.value)} · Models` : "Model not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  // loadModel is cached per request: the metadata above and this page share one read.
  const data = await loadPageData([pageSubject(modelQueries.detail(id), () => loadModel(id))]);
  return (
    <PageBoundary data={data}>
      <ModelDetailClient id={id} />
    </PageBoundary>
  );
}
