"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { PlusIcon, UsersIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { groupColumns, groupHref } from "@/components/data-table/groups/columns";
import { GroupToolbar } from "@/components/data-table/groups/toolbar";
import { ListPage } from "@/components/data-table/list-page";
import { useResourceList } from "@/components/data-table/use-resource-list";
import { GroupDialog } from "@/components/forms/groups/lazy";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { ModelGroup } from "@/lib/egp/types";
import { groupQueries } from "@/lib/queries/groups";
import { groupListParams, groupSearchParams } from "./search-params";

const detailQuery = (group: ModelGroup) => groupQueries.detail(group.id);

export function GroupsClient() {
  const { can } = useConsole();
  const [creating, setCreating] = useState(false);
  const router = useRouter();
  const table = useResourceList({
    parsers: groupSearchParams,
    cleared: { q: null, page: null },
    query: (state) => groupQueries.list(groupListParams(state)),
    detail: detailQuery,
    href: groupHref,
  });
  const canWrite = can("groups:write");
  const columns = useMemo(() => groupColumns({ canWrite }), [canWrite]);

  return (
    <ListPage
      title="Groups"
      description="Model groups gather related models, such as versions of one base model."
      actions={
        <GatedAction allowed={canWrite} reason={VIEWER_REASON}>
          <Button onClick={() => setCreating(true)}>
            <PlusIcon /> New group
          </Button>
        </GatedAction>
      }
      {...table}
      columns={columns}
      toolbar={<GroupToolbar {...table.list.toolbar} />}
      remote="groups"
      noun="groups"
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
    >
      <ResourceSearchSources />
      <GroupDialog
        open={creating}
        onOpenChange={setCreating}
        onSaved={(group) => router.push(groupHref(group))}
      />
    </ListPage>
  );
}
