"use client";

import { useCallback, useMemo } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useQuery, useQueryClient, type Query } from "@tanstack/react-query";
import { RocketIcon } from "lucide-react";
import { useQueryStates } from "nuqs";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { deploymentColumns, deploymentHref } from "@/components/data-table/deployments/columns";
import { DeploymentToolbar } from "@/components/data-table/deployments/toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { ListEmpty } from "@/components/data-table/list-empty";
import { PageHeader } from "@/components/shell/page-header";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { Deployment, Page } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { pollUntilFinal } from "@/lib/polling";
import { deploymentQueries } from "@/lib/queries/deployments";
import { FILTERS_CLEARED, deploymentListParams, deploymentSearchParams } from "./search-params";

const detailKey = (deployment: Deployment) =>
  deploymentQueries.detail(deployment.model_instance_id ?? "", deployment.id).queryKey;
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
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useQueryStates(deploymentSearchParams, { history: "push" });
  const query = useQuery({
    ...deploymentQueries.list(deploymentListParams(state)),
    refetchInterval,
  });
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);

  const columns = useMemo(() => deploymentColumns({ canExecute: can("execute") }), [can]);
  const reset = () => setState(FILTERS_CLEARED);
  const onRowIntent = useCallback(
    (deployment: Deployment) => {
      if (!deployment.model_instance_id) return;
      void queryClient.prefetchQuery(deploymentQueries.detail(deployment.model_instance_id, deployment.id));
      router.prefetch(deploymentHref(deployment));
    },
    [queryClient, router],
  );

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
          onSearch={(q) => setState({ q: q || null, page: null }, { history: "replace" })}
          onFilter={(filters) => setState({ ...filters, page: null })}
          onReset={reset}
        />
        <DataTable
          label="Deployments"
          columns={columns}
          query={query}
          getRowId={(deployment) => deployment.id}
          getRowHref={deploymentHref}
          onRowIntent={onRowIntent}
          sort={state.sort}
          onSortChange={(sort) => setState({ sort, page: null })}
          empty={
            <ListEmpty
              noun="deployments"
              page={state.page}
              filtered={Boolean(state.q || state.status || state.model)}
              onFirstPage={() => setState({ page: null })}
              onReset={reset}
              empty={
                <EmptyState
                  icon={RocketIcon}
                  title="No deployments yet"
                  description={"Open a model and deploy it; its endpoint shows up here with its status."}
                  action={
                    <Button asChild size="sm" variant="outline">
                      <Link href="/models">Go to models</Link>
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
          onPageChange={(page) => setState({ page })}
          onLimitChange={(limit) => setState({ limit, page: null })}
        />
      </section>
    </>
  );
}
