"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useQuery, type Query } from "@tanstack/react-query";
import { RocketIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { deploymentColumns, deploymentHref } from "@/components/data-table/deployments/columns";
import { DeploymentToolbar } from "@/components/data-table/deployments/toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { ListEmpty } from "@/components/data-table/list-empty";
import { RemoteFilterNotice } from "@/components/data-table/remote-filter-notice";
import { useListPage, useRowIntent } from "@/components/data-table/use-list-page";
import { PageHeader } from "@/components/shell/page-header";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { Deployment, Page } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { hrefs } from "@/lib/hrefs";
import { pollUntilFinal } from "@/lib/polling";
import { deploymentQueries } from "@/lib/queries/deployments";
import { FILTERS_CLEARED, deploymentListParams, deploymentSearchParams } from "./search-params";

const detailKey = (deployment: Deployment) =>
  deploymentQueries.detail(deployment.model_instance_id ?? "", deployment.id).queryKey;
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

export function DeploymentsClient() {
  const { can } = useConsole();
  const list = useListPage(deploymentSearchParams, FILTERS_CLEARED);
  const { state } = list;
  const query = useQuery({
    ...deploymentQueries.list(deploymentListParams(state)),
    refetchInterval,
  });
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);

  const columns = useMemo(() => deploymentColumns({ canExecute: can("models:execute") }), [can]);
  const onRowIntent = useRowIntent(detailQuery, deploymentHref);

  return (
    <>
      <ResourceSearchSources />
      <PageHeader
        title="Deployments"
        description="Every model endpoint across your models, with live status."
      />
      <section aria-label="Deployments" className="flex flex-col gap-4">
        <DeploymentToolbar
          filters={state}
          onSearch={list.onSearch}
          onFilter={list.onFilter}
          onReset={list.onReset}
        />
        <RemoteFilterNotice resource="deployments" state={state} />
        <DataTable
          label="Deployments"
          columns={columns}
          query={query}
          getRowId={(deployment) => deployment.id}
          getRowHref={deploymentHref}
          onRowIntent={onRowIntent}
          sort={state.sort}
          onSortChange={list.onSortChange}
          empty={
            <ListEmpty
              noun="deployments"
              page={state.page}
              filtered={Boolean(state.q || state.status || state.model)}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
              empty={
                <EmptyState
                  icon={RocketIcon}
                  title="No deployments yet"
                  description={"Open a model and deploy it; its endpoint shows up here with its status."}
                  action={
                    <Button asChild size="sm" variant="outline">
                      <Link href={hrefs.models()}>Go to models</Link>
                    </Button>
                  }
                />
              }
            />
          }
        />
        <DataTablePagination
          page={state.page}
          limit={state.limit}
          total={query.data?.total_item_count}
          onPageChange={list.onPageChange}
          onLimitChange={list.onLimitChange}
        />
      </section>
    </>
  );
}
