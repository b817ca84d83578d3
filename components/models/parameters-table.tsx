import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Creation parameters as name/value rows; names are shown exactly as the template spells them. */
export function ParametersTable({ parameters }: { parameters: Record<string, unknown> | null | undefined }) {
  const entries = Object.entries(parameters ?? {});
  if (entries.length === 0) return <p className="text-muted-foreground text-sm">No creation parameters.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead className="w-1/3">Parameter</TableHead>
          <TableHead>Value</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell className="font-mono text-[13px] break-all whitespace-normal">{name}</TableCell>
            <TableCell className="font-mono text-[13px] break-all whitespace-normal">
              {typeof value === "string" ? value : JSON.stringify(value)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
