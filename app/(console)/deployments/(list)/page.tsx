import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";

import { Prefetched, type ServerQuery } from "@/components/data-table/prefetched";
import { deploymentQueries } from "@/lib/queries/deployments";
import { listDeployments } from "@/lib/resources/deployments";
import { deploymentListSchema } from "@/lib/schemas/lists";
import { DeploymentsClient } from "./client";
import { deploymentListParams, loadDeploymentSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Deployments" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = deploymentListParams(await loadDeploymentSearchParams(searchParams));
  const list: ServerQuery = {
    queryKey: deploymentQueries.list(params).queryKey,
    load: (egp) => listDeployments(egp, deploymentListSchema.parse(params)),
  };
  return (
    <Prefetched queries={[list]}>
      <DeploymentsClient />
    </Prefetched>
  );
}
