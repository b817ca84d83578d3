"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { LayoutTemplateIcon, PlusIcon } from "lucide-react";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { GatedAction } from "@/components/data-table/gated-action";
import { EmptyState } from "@/components/data-table/empty-state";
import { ListEmpty } from "@/components/data-table/list-empty";
import { RemoteFilterNotice } from "@/components/data-table/remote-filter-notice";
import { useListPage, useRowIntent } from "@/components/data-table/use-list-page";
import { templateColumns, templateHref } from "@/components/data-table/templates/columns";
import { TemplateToolbar } from "@/components/data-table/templates/toolbar";
import { PageHeader } from "@/components/shell/page-header";
import { ResourceSearchSources } from "@/components/shell/resource-search-sources";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import type { ModelTemplate } from "@/lib/egp/types";
import { useSeedDetails } from "@/lib/hooks/use-seed-details";
import { hrefs } from "@/lib/hrefs";
import { templateQueries } from "@/lib/queries/templates";
import { templateListParams, templateSearchParams } from "./search-params";

const detailKey = (template: ModelTemplate) => templateQueries.detail(template.id).queryKey;
const detailQuery = (template: ModelTemplate) => templateQueries.detail(template.id);
const ADMIN_REASON = "Only admins can create templates.";

export function TemplatesClient() {
  const { can } = useConsole();
  const list = useListPage(templateSearchParams, { q: null, model_type: null, page: null });
  const { state } = list;
  const query = useQuery(templateQueries.list(templateListParams(state)));
  useSeedDetails(query.data?.items, detailKey, query.dataUpdatedAt);

  const canWrite = can("templates:write");
  const columns = useMemo(() => templateColumns({ canCreateModel: can("models:write") }), [can]);
  const onRowIntent = useRowIntent(detailQuery, templateHref);

  return (
    <>
      <ResourceSearchSources />
      <PageHeader
        title="Templates"
        description="Reusable recipes for serving a model: image, endpoint and the parameters a model must set."
        actions={
          <GatedAction allowed={canWrite} reason={ADMIN_REASON}>
            <Button asChild={canWrite}>
              {canWrite ? (
                <Link href={hrefs.newTemplate()}>
                  <PlusIcon /> New template
                </Link>
              ) : (
                <>
                  <PlusIcon /> New template
                </>
              )}
            </Button>
          </GatedAction>
        }
      />
      <section aria-label="Templates" className="flex flex-col gap-4">
        <TemplateToolbar
          filters={state}
          onSearch={list.onSearch}
          onFilter={list.onFilter}
          onReset={list.onReset}
        />
        <RemoteFilterNotice resource="templates" state={state} />
        <DataTable
          label="Templates"
          columns={columns}
          query={query}
          getRowId={(template) => template.id}
          getRowHref={templateHref}
          onRowIntent={onRowIntent}
          sort={state.sort}
          onSortChange={list.onSortChange}
          empty={
            <ListEmpty
              noun="templates"
              page={state.page}
              filtered={Boolean(state.q || state.model_type)}
              onFirstPage={list.onFirstPage}
              onReset={list.onReset}
              empty={
                <EmptyState
                  icon={LayoutTemplateIcon}
                  title="No templates yet"
                  description={
                    canWrite
                      ? "A template says how to run a model. Create one, then create models from it."
                      : "A template says how to run a model. Ask an admin to create one."
                  }
                  action={
                    canWrite && (
                      <Button asChild size="sm">
                        <Link href={hrefs.newTemplate()}>
                          <PlusIcon /> New template
                        </Link>
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
    </>
  );
}
