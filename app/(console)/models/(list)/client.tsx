"use client";

import { useMemo } from "react";
import { BoxIcon, PlusIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { VIEWER_REASON } from "@/components/data-table/gated-action";
import { GatedLink } from "@/components/data-table/gated-link";
import { ListPage } from "@/components/data-table/list-page";
import { modelColumns, modelHref } from "@/components/data-table/models/columns";
import { ModelToolbar } from "@/components/data-table/models/toolbar";
import { useResourceList } from "@/components/data-table/use-resource-list";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import type { Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { modelQueries } from "@/lib/queries/models";
import { FILTERS_CLEARED, modelListParams, modelSearchParams } from "./search-params";

const detailQuery = (model: Model) => modelQueries.detail(model.id);

function NewModelButton({ allowed, size }: { allowed: boolean; size?: "sm" }) {
  return (
    <GatedLink allowed={allowed} reason={VIEWER_REASON} href={hrefs.newModel()} size={size}>
      <PlusIcon /> New model
    </GatedLink>
  );
}

export function ModelsClient() {
  const { can } = useConsole();
  const table = useResourceList({
    parsers: modelSearchParams,
    cleared: FILTERS_CLEARED,
    query: (state) => modelQueries.list(modelListParams(state)),
    detail: detailQuery,
    href: modelHref,
  });
  const canWrite = can("models:write");
  const columns = useMemo(() => modelColumns(), []);

  return (
    <ListPage
      title="Models"
      description="Models registered on the platform, built-in and created from templates."
      actions={<NewModelButton allowed={canWrite} />}
      {...table}
      columns={columns}
      toolbar={<ModelToolbar {...table.list.toolbar} />}
      remote="models"
      noun="models"
      empty={
        <EmptyState
          icon={BoxIcon}
          title="No models yet"
          description="Create one from a template, then deploy it to call it."
          action={canWrite && <NewModelButton allowed size="sm" />}
        />
      }
    >
      <ResourceSearchSources />
    </ListPage>
  );
}
