import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { PageBoundary } from "@/components/shell/page-boundary";
import { deploymentQueries } from "@/lib/queries/deployments";
import { listDeployments } from "@/lib/resources/deployments";
import { deploymentListSchema } from "@/lib/schemas/lists";
import { loadPageData, serverQuery } from "@/lib/server/page-data";
import { DeploymentsClient } from "./client";
import { deploymentListParams, loadDeploymentSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Deployments" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = deploymentListParams(await loadDeploymentSearchParams(searchParams));
  const data = await loadPageData([
    serverQuery(deploymentQueries.list(params), (egp) =>
      listDeployments(egp, deploymentListSchema.parse(params)),
    ),
  ]);
  return (
    <PageBoundary data={data}>
      <DeploymentsClient />
    </PageBoundary>
  );
}
