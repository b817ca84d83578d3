"use client";

import { MutedCell, ModelTypeBadge, TimeCell } from "../cells";
import { nameColumn } from "../name-column";
import { humanize } from "../data-table-filter";
import type { DataTableColumn } from "../types";
import type { ModelTemplate } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { lazyMenu } from "@/components/lazy/lazy-menu";
import { RowActionsTrigger } from "../row-actions-trigger";

// The row menu (Radix Menu) loads on first press; rows show the same button until then.
const TemplateRowActions = lazyMenu(
  () => import("./row-actions").then((mod) => mod.TemplateRowActions),
  ({ template }: { template: ModelTemplate }) => <RowActionsTrigger name={template.name} />,
);

export const templateHref = (template: ModelTemplate) => hrefs.template(template.id);

function imageOf(template: ModelTemplate): string {
  const bundle = template.vendor_configuration?.bundle_config;
  if (!bundle) return "";
  return `${bundle.image}:${bundle.tag}`;
}

export function templateColumns({
  canCreateModel,
}: {
  canCreateModel: boolean;
}): DataTableColumn<ModelTemplate>[] {
  return [
    nameColumn<ModelTemplate>({
      sortField: "name",
      href: templateHref,
      title: (template) => template.name,
      // The image tag is what a template's versions differ by.
      tag: (template) => template.vendor_configuration?.bundle_config?.tag,
    }),
    {
      id: "model_type",
      header: "Model type",
      sortField: "model_type",
      cell: (template) => <ModelTypeBadge type={template.model_type} />,
    },
    {
      id: "endpoint_type",
      header: "Endpoint",
      className: "hidden md:table-cell",
      cell: (template) => <MutedCell>{humanize(template.endpoint_type)}</MutedCell>,
    },
    {
      id: "image",
      header: "Image",
      className: "hidden lg:table-cell",
      cell: (template) => (
        <span className="text-muted-foreground block max-w-56 truncate font-mono text-xs">
          {imageOf(template)}
        </span>
      ),
    },
    {
      id: "created_at",
      header: "Created",
      sortField: "created_at",
      className: "hidden sm:table-cell",
      cell: (template) => <TimeCell value={template.created_at} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      className: "w-12",
      cell: (template) => <TemplateRowActions template={template} canCreateModel={canCreateModel} />,
    },
  ];
}
