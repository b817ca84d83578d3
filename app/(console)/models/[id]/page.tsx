import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SeedQueries } from "@/components/models/seed-queries";
import { loadModel, seedEntry } from "@/lib/models/load-model";
import { modelTitle } from "@/lib/models/model-meta";
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
  const seed = [seedEntry(modelQueries.detail(id).queryKey, model)];
  return (
    <SeedQueries entries={seed}>
      <ModelDetailClient id={id} />
    </SeedQueries>
  );
}
