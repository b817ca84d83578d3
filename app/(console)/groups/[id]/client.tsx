"use client";

import { lazy, Suspense, useState } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { PencilIcon, PlusIcon, Trash2Icon } from "lucide-react";

import { GatedAction, VIEWER_REASON } from "@/components/data-table/gated-action";
import { lazyDialog } from "@/components/lazy/lazy-dialog";
import { DeleteGroupDialog, GroupDialog } from "@/components/forms/groups/lazy";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { LazyUsageCard as UsageCard } from "@/components/usage/lazy-usage-card";
import { hrefs } from "@/lib/hrefs";
import { groupQueries } from "@/lib/queries/groups";
import { GroupDetailError, GroupHeaderSkeleton } from "./_components/group-states";
import { GroupModels } from "./_components/group-models";

// Shown only for a group without models: loaded then (its HTML comes from the server meanwhile), since
// this page sits at its first-load budget.
const GroupEmpty = lazy(() =>
  import("./_components/group-empty").then((mod) => ({ default: mod.GroupEmpty })),
);

const AddModelDialog = lazyDialog(() =>
  import("./_components/add-model-dialog").then((mod) => mod.AddModelDialog),
);

type OpenDialog = "rename" | "delete" | "add" | null;

export function GroupClient({ id }: { id: string }) {
  const { can } = useConsole();
  const router = useRouter();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const group = useQuery(groupQueries.detail(id));
  const canWrite = can("groups:write");
  const close = (open: boolean) => !open && setDialog(null);

  if (group.isPending) return <GroupHeaderSkeleton />;
  if (group.isError) return <GroupDetailError error={group.error} onRetry={() => void group.refetch()} />;

  const data = group.data;
  return (
    <>
      <ResourceSearchSources />
      <SetBreadcrumbs items={[{ label: "Groups", href: hrefs.groups() }, { label: data.name }]} />
      <PageHeader
        title={data.name}
        description={data.description || "No description."}
        actions={
          <>
            <GatedAction allowed={canWrite} reason={VIEWER_REASON}>
              <Button variant="outline" onClick={() => setDialog("rename")}>
                <PencilIcon /> Rename
              </Button>
            </GatedAction>
            <GatedAction allowed={canWrite} reason={VIEWER_REASON}>
              <Button variant="outline" onClick={() => setDialog("delete")}>
                <Trash2Icon /> Delete
              </Button>
            </GatedAction>
            <GatedAction allowed={canWrite} reason={VIEWER_REASON}>
              <Button onClick={() => setDialog("add")}>
                <PlusIcon /> Add model
              </Button>
            </GatedAction>
          </>
        }
      />
      <GroupModels
        groupId={id}
        removableFrom={can("models:write") ? { id, name: data.name } : undefined}
        empty={
          <Suspense>
            <GroupEmpty canWrite={canWrite} onAdd={() => setDialog("add")} />
          </Suspense>
        }
      />
      <UsageCard
        scope="groups"
        id={id}
        emptyHint="Every execution of a model while it is in this group (in the playground, or through the EGP API) is counted here."
      />
      <GroupDialog group={data} open={dialog === "rename"} onOpenChange={close} />
      <DeleteGroupDialog
        group={data}
        open={dialog === "delete"}
        onOpenChange={close}
        onDeleted={() => router.replace(hrefs.groups())}
      />
      {dialog === "add" && <AddModelDialog group={data} open onOpenChange={close} />}
    </>
  );
}
