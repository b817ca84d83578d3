"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";

import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hrefs } from "@/lib/hrefs";
import { modelQueries } from "@/lib/queries/models";

/** The models list API has no template filter, so this reads the newest 100 models and filters here. */
const SCAN = { page: 1, limit: 100, sort: "created_at:desc" } as const;

export function TemplateModelsCard({ templateId }: { templateId: string }) {
  const { data, isPending, isError, error } = useQuery(modelQueries.list(SCAN));
  const models = data?.items.filter((model) => model.model_template_id === templateId) ?? [];
  const partial = (data?.total_item_count ?? 0) > SCAN.limit;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Models from this template</CardTitle>
        <CardDescription>
          {partial
            ? `Among the ${SCAN.limit} newest models in this account.`
            : "Models in this account created from this template."}
        </CardDescription>
      </CardHeader>
      {isPending ? (
        <div className="space-y-2 px-6" role="status" aria-busy="true" aria-label="Loading models">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : isError ? (
        <p role="alert" className="text-destructive px-6 text-sm">
          {error.message}
        </p>
      ) : models.length === 0 ? (
        <p className="text-muted-foreground px-6 text-sm">No models use this template yet.</p>
      ) : (
        <Table>
          <caption className="sr-only">Models created from this template</caption>
          <TableHeader>
            <TableRow>
              <TableHead className="pl-6">Name</TableHead>
              <TableHead>Type</TableHead>
              <TableHead>Deployments</TableHead>
              <TableHead className="pr-6">Created</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {models.map((model) => (
              <TableRow key={model.id}>
                <TableCell className="pl-6 font-medium">
                  <Link href={hrefs.model(model.id)} className="hover:underline">
                    {model.display_name || model.name}
                  </Link>
                </TableCell>
                <TableCell className="font-mono text-xs">{model.model_type}</TableCell>
                <TableCell>{model.deployment_count}</TableCell>
                <TableCell className="text-muted-foreground pr-6">
                  <time dateTime={model.created_at}>{new Date(model.created_at).toLocaleDateString()}</time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
