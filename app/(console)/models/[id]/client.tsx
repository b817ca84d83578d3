"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { GraduationCapIcon } from "lucide-react";

import { ModelCardText } from "@/components/models/model-card-text";
import { ParametersTable } from "@/components/models/parameters-table";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { RoleGate } from "@/components/shell/role-gate";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LazyUsageCard as UsageCard } from "@/components/usage/lazy-usage-card";
import { hrefs } from "@/lib/hrefs";
import { isBuiltInModel, modelTitle } from "@/lib/models/model-meta";
import { modelQueries } from "@/lib/queries/models";
import { DeploymentsCard } from "./_components/deployments-card";
import { DeleteModelButton, EditModelButton, ModelExportMenu } from "./_components/lazy-actions";
import { OverviewCard } from "./_components/overview-card";
import { SchemasCard } from "./_components/schemas-card";

export function ModelDetailClient({ id }: { id: string }) {
  const { data: model } = useSuspenseQuery(modelQueries.detail(id));
  const builtIn = isBuiltInModel(model);
  const title = modelTitle(model);
  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs items={[{ label: "Models", href: hrefs.models() }, { label: title }]} />
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="secondary">{model.model_type}</Badge>
            {builtIn ? <Badge variant="info">Built-in</Badge> : <Badge variant="outline">Custom</Badge>}
            {title !== model.name && <span className="font-mono text-xs">{model.name}</span>}
          </span>
        }
        actions={
          <>
            <ModelExportMenu model={model} />
            <RoleGate action="models:write">
              <Button asChild variant="outline">
                <Link href={hrefs.newFineTuningJob({ model: model.id })}>
                  <GraduationCapIcon aria-hidden /> Fine-tune
                </Link>
              </Button>
            </RoleGate>
            {!builtIn && (
              <RoleGate action="models:write">
                <EditModelButton model={model} />
                <DeleteModelButton model={model} />
              </RoleGate>
            )}
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <DeploymentsCard model={model} builtIn={builtIn} />
          <UsageCard
            scope="models"
            id={model.name}
            emptyHint="Every execution of this model's deployments (in the playground, or through the EGP API) is counted here, by the model's name."
          />
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Creation parameters</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <ParametersTable parameters={model.model_creation_parameters} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Model card</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <ModelCardText text={model.model_card} />
            </CardContent>
          </Card>
          <SchemasCard model={model} />
        </div>
        <OverviewCard model={model} />
      </div>
    </div>
  );
}
