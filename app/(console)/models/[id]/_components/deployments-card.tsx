"use client";

import Link from "next/link";
import { RocketIcon } from "lucide-react";

import { useModelDeployments } from "@/components/deployments/use-deployment";
import { LazyNewDeploymentDialog } from "@/components/forms/models/new-deployment-button";
import { RoleGate } from "@/components/shell/role-gate";
import { DeploymentStatusBadge } from "@/components/status/deployment-status-badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Model } from "@/lib/egp/types";
import { hrefs } from "@/lib/hrefs";
import { statusReason } from "@/lib/models/deployment-meta";

/** The model's deployments with live status: one list request per tick while any is deploying. */
export function DeploymentsCard({ model, builtIn }: { model: Model; builtIn: boolean }) {
  const deployments = useModelDeployments(model.id);
  const items = deployments.data?.items ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 className="text-base font-semibold">Deployments</h2>
        </CardTitle>
        <CardDescription>
          {builtIn
            ? "Built-in deployments are created with the model and cannot change."
            : "Each deployment runs the model with its own parameters."}
        </CardDescription>
        {!builtIn && (
          <CardAction>
            <RoleGate action="deployments:write">
              <LazyNewDeploymentDialog model={model} />
            </RoleGate>
          </CardAction>
        )}
      </CardHeader>
      <CardContent>
        {deployments.isPending ? (
          <Skeleton className="h-24" />
        ) : deployments.isError ? (
          <p role="alert" className="text-destructive text-sm">
            Deployments could not be loaded: {deployments.error.message}
          </p>
        ) : items.length === 0 ? (
          <Empty className="border">
            <EmptyHeader>
              <EmptyMedia variant="icon">
                <RocketIcon />
              </EmptyMedia>
              <EmptyTitle>Not deployed yet</EmptyTitle>
              <EmptyDescription>
                Deploy the model to run it in the playground or through the API.
              </EmptyDescription>
            </EmptyHeader>
          </Empty>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="hidden sm:table-cell">Created</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((deployment) => {
                const reason = deployment.status === "UPDATE_FAILED" ? statusReason(deployment) : null;
                return (
                  <TableRow key={deployment.id}>
                    <TableCell className="max-w-64 whitespace-normal">
                      <Link
                        href={hrefs.deployment(model.id, deployment.id)}
                        className="font-medium hover:underline"
                      >
                        {deployment.name}
                      </Link>
                      {reason && <p className="text-muted-foreground line-clamp-2 text-xs">{reason}</p>}
                    </TableCell>
                    <TableCell>
                      <DeploymentStatusBadge status={deployment.status} />
                    </TableCell>
                    <TableCell className="text-muted-foreground hidden sm:table-cell">
                      <time dateTime={deployment.created_at}>
                        {new Date(deployment.created_at).toLocaleString()}
                      </time>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
