import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SeedQueries } from "@/components/models/seed-queries";
import { PageError } from "@/components/shell/page-error";
import { loadForPage } from "@/lib/egp/page-failure";
import { loadModel, seedEntry } from "@/lib/models/load-model";
import { modelTitle } from "@/lib/models/model-meta";
import { modelQueries } from "@/lib/queries/models";
import { ModelDetailClient } from "./client";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadForPage(loadModel((await params).id));
  if (!loaded.ok) return { title: "Models" };
  return { title: loaded.value ? `${modelTitle(loaded.value)} · Models` : "Model not found" };
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  const loaded = await loadForPage(loadModel(id));
  if (!loaded.ok) return <PageError message={loaded.message} />;
  const model = loaded.value;
  if (!model) notFound();
  const seed = [seedEntry(modelQueries.detail(id).queryKey, model)];
  return (
    <SeedQueries entries={seed}>
      <ModelDetailClient id={id} />
    </SeedQueries>
  );
}
