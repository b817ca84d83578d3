"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { PlusIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { RoleGate } from "@/components/shell/role-gate";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { hrefs } from "@/lib/hrefs";
import { templateQueries } from "@/lib/queries/templates";
import { templateToCliJson } from "@/lib/templates/cli-format";
import { ConfigurationCard } from "./_components/configuration-card";
import { CliExportMenu, DeleteTemplateButton } from "./_components/lazy-actions";
import { ParametersCard } from "./_components/parameters-card";
import { ResourcesCard } from "./_components/resources-card";
import { TemplateModelsCard } from "./_components/template-models-card";

export function TemplateDetailClient({ id }: { id: string }) {
  const { data: template } = useSuspenseQuery(templateQueries.detail(id));
  const created = new Date(template.created_at);
  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs items={[{ label: "Templates", href: hrefs.templates() }, { label: template.name }]} />
      <PageHeader
        title={template.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="secondary">{template.model_type}</Badge>
            <Badge variant="outline">{template.endpoint_type}</Badge>
            <span>
              Created <time dateTime={template.created_at}>{created.toLocaleString()}</time>
            </span>
          </span>
        }
        actions={
          <>
            <CliExportMenu json={() => templateToCliJson(template)} />
            <RoleGate action="templates:write">
              <DeleteTemplateButton template={template} />
            </RoleGate>
            <RoleGate action="models:write">
              <Button asChild>
                <Link href={hrefs.newModel(template.id)}>
                  <PlusIcon aria-hidden />
                  Create model
                </Link>
              </Button>
            </RoleGate>
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <ConfigurationCard template={template} />
          <ParametersCard template={template} />
          <TemplateModelsCard templateId={template.id} />
        </div>
        <ResourcesCard template={template} />
      </div>
    </div>
  );
}
