"use client";

import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { PlusIcon, UsersIcon } from "lucide-react";
import { useQueryStates } from "nuqs";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { groupColumns, groupHref } from "@/components/data-table/groups/columns";
import { GroupToolbar } from "@/components/data-table/groups/toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { ListEmpty } from "@/components/data-table/list-empty";
import { GroupDialog } from "@/components/forms/groups/lazy";
import { PageHeader } from "@/components/shell/page-header";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { ModelGroup } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { groupQueries } from "@/lib/queries/groups";
import { groupListParams, groupSearchParams } from "./search-params";

const detailKey = (group: ModelGroup) => groupQueries.detail(group.id).queryKey;

export function GroupsClient() {
  const { can } = useConsole();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [state, setState] = useQueryStates(groupSearchParams, { history: "push" });
  const query = useQuery(groupQueries.list(groupListParams(state)));
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);

  const canWrite = can("groups:write");
  const columns = useMemo(() => groupColumns({ canWrite }), [canWrite]);
  const reset = () => setState({ q: null, page: null });
  const onRowIntent = useCallback(
    (group: ModelGroup) => {
      void queryClient.prefetchQuery(groupQueries.detail(group.id));
      router.prefetch(groupHref(group));
    },
    [queryClient, router],
  );
  const newGroup = (
    <GatedAction allowed={canWrite} reason={VIEWER_REASON}>
      <Button onClick={() => setCreating(true)}>
        <PlusIcon /> New group
      </Button>
    </GatedAction>
  );

  return (
    <>
      <ResourceSearchSources />
      <PageHeader
        title="Groups"
        description="Model groups gather related models, such as versions of one base model."
        actions={newGroup}
      />
      <section aria-label="Groups" className="flex flex-col gap-4">
        <GroupToolbar
          q={state.q}
          onSearch={(q) => setState({ q: q || null, page: null }, { history: "replace" })}
          onReset={reset}
        />
        <DataTable
          label="Groups"
          columns={columns}
          query={query}
          getRowId={(group) => group.id}
          getRowHref={groupHref}
          onRowIntent={onRowIntent}
          sort={state.sort}
          onSortChange={(sort) => setState({ sort, page: null })}
          empty={
            <ListEmpty
              noun="groups"
              page={state.page}
              filtered={Boolean(state.q)}
              onFirstPage={() => setState({ page: null })}
              onReset={reset}
              empty={
                <EmptyState
                  icon={UsersIcon}
                  title="No groups yet"
                  description={
                    canWrite
                      ? "Create a group, then add models to it from its page."
                      : "A member or admin can create groups of models."
                  }
                  action={
                    canWrite && (
                      <Button size="sm" onClick={() => setCreating(true)}>
                        <PlusIcon /> New group
                      </Button>
                    )
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
      <GroupDialog
        open={creating}
        onOpenChange={setCreating}
        onSaved={(group) => router.push(groupHref(group))}
      />
    </>
  );
}
