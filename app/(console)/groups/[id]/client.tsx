"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeftIcon, PencilIcon, PlusIcon, Trash2Icon, UsersIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
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
          <EmptyState
            icon={UsersIcon}
            title="No models in this group yet"
            description={
              canWrite
                ? "Add models that belong together, such as versions of one base model."
                : VIEWER_REASON
            }
            action={
              canWrite ? (
                <Button size="sm" onClick={() => setDialog("add")}>
                  <PlusIcon /> Add a model
                </Button>
              ) : (
                <Button asChild size="sm" variant="outline">
                  <Link href={hrefs.groups()}>
                    <ArrowLeftIcon /> All groups
                  </Link>
                </Button>
              )
            }
          />
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
