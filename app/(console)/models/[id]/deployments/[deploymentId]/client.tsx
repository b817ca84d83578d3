"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { FlaskConicalIcon } from "lucide-react";

import { LazyDeploymentLogPanel as DeploymentLogPanel } from "@/components/deployments/lazy-deployment-log-panel";
import { RetryDeployment } from "@/components/deployments/retry-deployment";
import { StatusTimeline } from "@/components/deployments/status-timeline";
import { useDeployment } from "@/components/deployments/use-deployment";
import { JsonViewer } from "@/components/models/json-viewer";
import { ParametersTable } from "@/components/models/parameters-table";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { RoleGate } from "@/components/shell/role-gate";
import { DeploymentStatusBadge } from "@/components/status/deployment-status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LazyUsageCard as UsageCard } from "@/components/usage/lazy-usage-card";
import { isFinalStatus } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { statusHistory } from "@/lib/models/deployment-meta";
import { isBuiltInModel, modelTitle } from "@/lib/models/model-meta";
import { modelQueries } from "@/lib/queries/models";
import { DeploymentDetails } from "./_components/deployment-details";
import { FailureReason } from "./_components/failure-reason";
import { DeleteDeploymentButton } from "./_components/lazy-delete";

export function DeploymentDetailClient({ modelId, deploymentId }: { modelId: string; deploymentId: string }) {
  const { data: model } = useSuspenseQuery(modelQueries.detail(modelId));
  const { data: deployment } = useDeployment(modelId, deploymentId);
  const ready = deployment.status === "READY";
  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs
        items={[
          { label: "Models", href: hrefs.models() },
          { label: modelTitle(model), href: hrefs.model(modelId) },
          { label: deployment.name },
        ]}
      />
      <PageHeader
        title={deployment.name}
        description={
          <span className="flex flex-wrap items-center gap-2" aria-live="polite">
            <DeploymentStatusBadge status={deployment.status} />
            <span>
              Deployment of{" "}
              <Link href={hrefs.model(modelId)} className="text-foreground hover:underline">
                {modelTitle(model)}
              </Link>
            </span>
            {!isFinalStatus(deployment.status) && <span>· updates automatically</span>}
          </span>
        }
        actions={
          <>
            {ready && (
              <RoleGate action="models:execute">
                <Button asChild>
                  <Link href={hrefs.playground({ deployment: deployment.id, model: modelId })}>
                    <FlaskConicalIcon aria-hidden />
                    Open in playground
                  </Link>
                </Button>
              </RoleGate>
            )}
            {deployment.status === "UPDATE_FAILED" && !isBuiltInModel(model) && (
              <RoleGate action="deployments:write">
                <RetryDeployment model={model} deployment={deployment} />
              </RoleGate>
            )}
            {!isBuiltInModel(model) && (
              <RoleGate action="deployments:write">
                <DeleteDeploymentButton modelId={modelId} deployment={deployment} />
              </RoleGate>
            )}
          </>
        }
      />
      <FailureReason deployment={deployment} />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Timeline</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <StatusTimeline deploymentId={deployment.id} history={statusHistory(deployment)} />
            </CardContent>
          </Card>
          <DeploymentLogPanel modelId={modelId} deploymentId={deployment.id} status={deployment.status} />
          <UsageCard
            scope="deployments"
            id={deployment.id}
            emptyHint={
              ready ? (
                <>
                  Every execution of this deployment is counted here: try it{" "}
                  <Link
                    className="text-foreground underline underline-offset-2"
                    href={hrefs.playground({ deployment: deployment.id, model: modelId })}
                  >
                    in the playground
                  </Link>{" "}
                  or through the EGP API.
                </>
              ) : (
                "Once the deployment is ready, every execution of it (in the playground or through the EGP API) is counted here."
              )
            }
          />
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Parameters</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <ParametersTable parameters={deployment.model_creation_parameters} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base font-semibold">Vendor configuration</h2>
              </CardTitle>
            </CardHeader>
            <CardContent>
              <JsonViewer label="vendor_configuration" value={deployment.vendor_configuration} defaultOpen />
            </CardContent>
          </Card>
        </div>
        <DeploymentDetails deployment={deployment} />
      </div>
    </div>
  );
}
