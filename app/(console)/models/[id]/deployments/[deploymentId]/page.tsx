import type { Metadata } from "next";

import { PageBoundary } from "@/components/shell/page-boundary";
import { loadForPage } from "@/lib/egp/page-failure";
import { loadDeployment, loadModel } from "@/lib/server/subjects";
import { deploymentQueries } from "@/lib/queries/deployments";
import { modelQueries } from "@/lib/queries/models";
import { loadPageData, pageSubject } from "@/lib/server/page-data";
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
  const data = await loadPageData([
    pageSubject(modelQueries.detail(id), () => loadModel(id)),
    pageSubject(deploymentQueries.detail(id, deploymentId), () => loadDeployment(id, deploymentId)),
  ]);
  return (
    <PageBoundary data={data}>
      <DeploymentDetailClient modelId={id} deploymentId={deploymentId} />
    </PageBoundary>
  );
}
