"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { PlusIcon, UsersIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { groupColumns, groupHref } from "@/components/data-table/groups/columns";
import { GroupToolbar } from "@/components/data-table/groups/toolbar";
import { EmptyState } from "@/components/data-table/empty-state";
import { ListEmpty } from "@/components/data-table/list-empty";
import { RemoteFilterNotice } from "@/components/data-table/remote-filter-notice";
import { useListPage, useRowIntent } from "@/components/data-table/use-list-page";
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
const detailQuery = (group: ModelGroup) => groupQueries.detail(group.id);

export function GroupsClient() {
  const { can } = useConsole();
  const [creating, setCreating] = useState(false);
  const router = useRouter();
  const list = useListPage(groupSearchParams, { q: null, page: null });
  const { state } = list;
  const query = useQuery(groupQueries.list(groupListParams(state)));
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);

  const canWrite = can("groups:write");
  const columns = useMemo(() => groupColumns({ canWrite }), [canWrite]);
  const onRowIntent = useRowIntent(detailQuery, groupHref);
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
        <GroupToolbar q={state.q} onSearch={list.onSearch} onReset={list.onReset} />
        <RemoteFilterNotice resource="groups" state={state} />
        <DataTable
          label="Groups"
          columns={columns}
          query={query}
          getRowId={(group) => group.id}
          getRowHref={groupHref}
          onRowIntent={onRowIntent}
          sort={state.sort}
          onSortChange={list.onSortChange}
          empty={
            <ListEmpty
              noun="groups"
              page={state.page}
              filtered={Boolean(state.q)}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
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
          onPageChange={list.onPageChange}
          onLimitChange={list.onLimitChange}
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
