import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SeedQueries } from "@/components/models/seed-queries";
import { PageError } from "@/components/shell/page-error";
import { loadForPage } from "@/lib/egp/page-failure";
import { loadDeployment, loadModel, seedEntry } from "@/lib/models/load-model";
import { deploymentQueries } from "@/lib/queries/deployments";
import { modelQueries } from "@/lib/queries/models";
import { DeploymentDetailClient } from "./client";

type Props = { params: Promise<{ id: string; deploymentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, deploymentId } = await params;
  const loaded = await loadForPage(loadDeployment(id, deploymentId));
  if (!loaded.ok) return { title: "Deployments" };
  return { title: loaded.value ? `${loaded.value.name} · Deployments` : "Deployment not found" };
}

export default async function Page({ params }: Props) {
  const { id, deploymentId } = await params;
  const loaded = await loadForPage(Promise.all([loadModel(id), loadDeployment(id, deploymentId)]));
  if (!loaded.ok) return <PageError message={loaded.message} />;
  const [model, deployment] = loaded.value;
  if (!model || !deployment) notFound();
  const seed = [
    seedEntry(modelQueries.detail(id).queryKey, model),
    seedEntry(deploymentQueries.detail(id, deploymentId).queryKey, deployment),
  ];
  return (
    <SeedQueries entries={seed}>
      <DeploymentDetailClient modelId={id} deploymentId={deploymentId} />
    </SeedQueries>
  );
}
