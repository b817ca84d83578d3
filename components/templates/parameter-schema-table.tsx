import { CheckIcon, MinusIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ParameterSchemaField } from "@/lib/egp/types";

/** A ParameterSchema as a table: what a model creator (or caller) must and may pass. */
export function ParameterSchemaTable({
  parameters,
  caption,
  empty,
}: {
  parameters: readonly ParameterSchemaField[];
  caption: string;
  empty: string;
}) {
  if (parameters.length === 0) return <p className="text-muted-foreground px-6 text-sm">{empty}</p>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead className="pl-6">Name</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Required</TableHead>
          <TableHead className="pr-6">Description</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {parameters.map((parameter, index) => (
          <TableRow key={`${index}-${parameter.name}`}>
            <TableCell className="pl-6 font-mono text-xs font-medium whitespace-pre">
              {parameter.name}
            </TableCell>
            <TableCell>
              <Badge variant="outline" className="font-mono">
                {parameter.type}
              </Badge>
            </TableCell>
            <TableCell>
              {parameter.required ? (
                <span className="inline-flex items-center gap-1">
                  <CheckIcon aria-hidden className="text-status-success size-4" />
                  Required
                </span>
              ) : (
                <span className="text-muted-foreground inline-flex items-center gap-1">
                  <MinusIcon aria-hidden className="size-4" />
                  Optional
                </span>
              )}
            </TableCell>
            <TableCell className="text-muted-foreground pr-6 whitespace-normal">
              {parameter.description || "—"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
