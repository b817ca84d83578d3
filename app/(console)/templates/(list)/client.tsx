"use client";

import { useMemo } from "react";
import { LayoutTemplateIcon, PlusIcon } from "lucide-react";

import { EmptyState } from "@/components/data-table/empty-state";
import { GatedLink } from "@/components/data-table/gated-link";
import { ListPage } from "@/components/data-table/list-page";
import { useResourceList } from "@/components/data-table/use-resource-list";
import { templateColumns, templateHref } from "@/components/data-table/templates/columns";
import { TemplateToolbar } from "@/components/data-table/templates/toolbar";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import type { ModelTemplate } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { templateQueries } from "@/lib/queries/templates";
import { templateListParams, templateSearchParams } from "./search-params";

const detailQuery = (template: ModelTemplate) => templateQueries.detail(template.id);
const ADMIN_REASON = "Only admins can create templates.";
const CLEARED = { q: null, model_type: null, page: null };

export function TemplatesClient() {
  const { can } = useConsole();
  const table = useResourceList({
    parsers: templateSearchParams,
    cleared: CLEARED,
    query: (state) => templateQueries.list(templateListParams(state)),
    detail: detailQuery,
    href: templateHref,
  });
  const canWrite = can("templates:write");
  const columns = useMemo(() => templateColumns({ canCreateModel: can("models:write") }), [can]);
  const newTemplate = (size?: "sm") => (
    <GatedLink allowed={canWrite} reason={ADMIN_REASON} href={hrefs.newTemplate()} size={size}>
      <PlusIcon /> New template
    </GatedLink>
  );

  return (
    <ListPage
      title="Templates"
      description="Reusable recipes for serving a model: image, endpoint and the parameters a model must set."
      actions={newTemplate()}
      {...table}
      columns={columns}
      toolbar={<TemplateToolbar {...table.list.toolbar} />}
      remote="templates"
      noun="templates"
      empty={
        <EmptyState
          icon={LayoutTemplateIcon}
          title="No templates yet"
          description={
            canWrite
              ? "A template says how to run a model. Create one, then create models from it."
              : "A template says how to run a model. Ask an admin to create one."
          }
          action={canWrite && newTemplate("sm")}
        />
      }
    >
      <ResourceSearchSources />
    </ListPage>
  );
}
