import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { loadModel } from "@/lib/models/load-model";
import { modelTitle } from "@/lib/models/model-meta";
import { getQueryClient } from "@/lib/query-client";
import { modelQueries } from "@/lib/queries/models";
import { ModelDetailClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await loadModel((await params).id);
  return { title: model ? `${modelTitle(model)} · Models` : "Model not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const model = await loadModel(id);
  if (!model) notFound();
  const queryClient = getQueryClient();
  queryClient.setQueryData(modelQueries.detail(id).queryKey, model);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ModelDetailClient id={id} />
    </HydrationBoundary>
  );
}
