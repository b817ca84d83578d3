"use client";

import { useMemo } from "react";
import type { Query } from "@tanstack/react-query";
import { RocketIcon } from "lucide-react";

import { deploymentColumns, deploymentHref } from "@/components/data-table/deployments/columns";
import { DeploymentToolbar } from "@/components/data-table/deployments/toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { EmptyStateLink } from "@/components/data-table/empty-state-link";
import { ListPage } from "@/components/data-table/list-page";
import { useResourceList } from "@/components/data-table/use-resource-list";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import type { Deployment, Page } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { pollUntilFinal } from "@/lib/polling";
import { deploymentQueries } from "@/lib/queries/deployments";
import {
  FILTERS_CLEARED,
  deploymentListParams,
  deploymentSearchParams,
  type DeploymentSearchState,
} from "./search-params";

const detailQuery = (deployment: Deployment) =>
  deployment.model_instance_id ? deploymentQueries.detail(deployment.model_instance_id, deployment.id) : null;
const pollStatuses = pollUntilFinal((page: Page<Deployment>) =>
  page.items.map((deployment) => deployment.status),
);

/** pollUntilFinal is typed for `readonly unknown[]` keys; the factory's key is a tuple. */
function refetchInterval<K extends readonly unknown[]>(
  query: Query<Page<Deployment>, Error, Page<Deployment>, K>,
) {
  // safe because pollUntilFinal reads only query.state and query.queryHash, which do not depend on the key
  return pollStatuses(query as unknown as Parameters<typeof pollStatuses>[0]);
}

/** The page's deployments, polled while any of them is still coming up. */
const deploymentList = (state: DeploymentSearchState) => ({
  ...deploymentQueries.list(deploymentListParams(state)),
  refetchInterval,
});

export function DeploymentsClient() {
  const { can } = useConsole();
  const table = useResourceList({
    parsers: deploymentSearchParams,
    cleared: FILTERS_CLEARED,
    query: deploymentList,
    detail: detailQuery,
    href: deploymentHref,
  });
  const columns = useMemo(() => deploymentColumns({ canExecute: can("models:execute") }), [can]);

  return (
    <ListPage
      title="Deployments"
      description="Every model endpoint across your models, with live status."
      {...table}
      columns={columns}
      toolbar={<DeploymentToolbar {...table.list.toolbar} />}
      remote="deployments"
      noun="deployments"
      empty={
        <EmptyState
          icon={RocketIcon}
          title="No deployments yet"
          description="Open a model and deploy it; its endpoint shows up here with its status."
          action={<EmptyStateLink href={hrefs.models()}>Go to models</EmptyStateLink>}
        />
      }
    >
      <ResourceSearchSources />
    </ListPage>
  );
}
