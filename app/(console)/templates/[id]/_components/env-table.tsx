import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function EnvTable({ env }: { env: Record<string, string> }) {
  const entries = Object.entries(env);
  if (entries.length === 0) return <p className="text-muted-foreground text-sm">No environment variables.</p>;
  return (
    <div className="rounded-md border">
      <Table>
        <caption className="sr-only">Environment variables</caption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-1/3">Variable</TableHead>
            <TableHead>Value</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map(([key, value]) => (
            <TableRow key={key}>
              <TableCell className="font-mono text-xs font-medium">{key}</TableCell>
              <TableCell className="font-mono text-xs break-all whitespace-normal">{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
