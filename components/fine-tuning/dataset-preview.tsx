"use client";

import { CircleAlert, CircleCheck } from "lucide-react";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { KIND_INFO, type DatasetKind, type ParsedDataset, type RowIssue } from "@/lib/fine-tuning/datasets";

const SHOWN_ISSUES = 50;
const SHOWN_ROWS = 10;

const cell = (value: unknown) => (value === undefined || value === null ? "—" : String(value));

/** What a dataset file holds: a count, each bad row by number, and the first rows as they will be stored. */
export function DatasetPreview({
  kind,
  fileName,
  parsed,
  issues,
}: {
  kind: DatasetKind;
  fileName: string;
  parsed: ParsedDataset;
  issues: readonly RowIssue[];
}) {
  const columns = KIND_INFO[kind].columns;
  const bad = new Set(issues.map((issue) => issue.row).filter((row) => row > 0)).size;
  return (
    <section aria-labelledby="preview-heading" className="bg-card space-y-4 rounded-xl border p-6 shadow-sm">
      <div className="space-y-1">
        <h2 id="preview-heading" className="text-base font-semibold">
          Preview
        </h2>
        <p className="text-muted-foreground text-sm" role="status">
          <span className="font-mono text-xs">{fileName}</span> · {parsed.format.toUpperCase()} ·{" "}
          {parsed.rowCount.toLocaleString("en")} rows, {parsed.rows.length.toLocaleString("en")} valid
          {issues.length > 0 && `, ${bad.toLocaleString("en")} with problems`}
        </p>
      </div>
      {issues.length > 0 ? (
        <div role="alert" className="border-destructive/40 bg-destructive/5 space-y-2 rounded-lg border p-4">
          <p className="text-destructive flex items-center gap-2 text-sm font-medium">
            <CircleAlert aria-hidden className="size-4" />
            {issues.length.toLocaleString("en")} problem{issues.length > 1 ? "s" : ""}: nothing is uploaded
            until every row is valid.
          </p>
          <ul aria-label="Row problems" className="max-h-64 space-y-1 overflow-y-auto text-sm">
            {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i} className="font-mono text-xs" data-row={issue.row}>
                {issue.message}
              </li>
            ))}
          </ul>
          {issues.length > SHOWN_ISSUES && (
            <p className="text-muted-foreground text-xs">
              …and {(issues.length - SHOWN_ISSUES).toLocaleString("en")} more.
            </p>
          )}
        </div>
      ) : (
        <p className="flex items-center gap-2 text-sm text-emerald-700 dark:text-emerald-400">
          <CircleCheck aria-hidden className="size-4" /> Every row is valid.
        </p>
      )}
      {parsed.rows.length > 0 && (
        <div className="overflow-x-auto">
          <Table aria-label={`First ${Math.min(SHOWN_ROWS, parsed.rows.length)} valid rows`}>
            <TableHeader>
              <TableRow>
                <TableHead className="w-16">Row</TableHead>
                {columns.map((column) => (
                  <TableHead key={column}>{column}</TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {parsed.rows.slice(0, SHOWN_ROWS).map(({ row, value }) => (
                <TableRow key={row}>
                  <TableCell className="text-muted-foreground font-mono text-xs">{row}</TableCell>
                  {columns.map((column) => (
                    <TableCell
                      key={column}
                      className="max-w-72 truncate"
                      title={cell((value as Record<string, unknown>)[column])}
                    >
                      {cell((value as Record<string, unknown>)[column])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
