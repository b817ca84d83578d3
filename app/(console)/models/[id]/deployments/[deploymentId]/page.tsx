import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";

import { loadDeployment, loadModel } from "@/lib/models/load-model";
import { getQueryClient } from "@/lib/query-client";
import { deploymentQueries } from "@/lib/queries/deployments";
import { modelQueries } from "@/lib/queries/models";
import { DeploymentDetailClient } from "./client";

type Props = { params: Promise<{ id: string; deploymentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, deploymentId } = await params;
  const deployment = await loadDeployment(id, deploymentId);
  return { title: deployment ? `${deployment.name} · Deployments` : "Deployment not found" };
}

export default async function Page({ params }: Props) {
  const { id, deploymentId } = await params;
  const [model, deployment] = await Promise.all([loadModel(id), loadDeployment(id, deploymentId)]);
  if (!model || !deployment) notFound();
  const queryClient = getQueryClient();
  queryClient.setQueryData(modelQueries.detail(id).queryKey, model);
  queryClient.setQueryData(deploymentQueries.detail(id, deploymentId).queryKey, deployment);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DeploymentDetailClient modelId={id} deploymentId={deploymentId} />
    </HydrationBoundary>
  );
}
