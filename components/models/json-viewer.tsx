import { ChevronRightIcon } from "lucide-react";

import { cn } from "@/lib/utils";

/** A JSON value behind a disclosure: collapsed by default, because request/response schemas are long. */
export function JsonViewer({
  label,
  value,
  defaultOpen = false,
  className,
}: {
  label: string;
  value: unknown;
  defaultOpen?: boolean;
  className?: string;
}) {
  const empty =
    value === undefined || value === null || (typeof value === "object" && Object.keys(value).length === 0);
  return (
    <details open={defaultOpen} className={cn("group rounded-md border", className)}>
      <summary className="hover:bg-muted/50 flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium select-none [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon aria-hidden className="size-4 transition-transform group-open:rotate-90" />
        {label}
      </summary>
      {empty ? (
        <p className="text-muted-foreground border-t px-3 py-2 text-sm">Empty.</p>
      ) : (
        <pre className="bg-muted/40 max-h-96 overflow-auto border-t px-3 py-2 font-mono text-xs leading-relaxed">
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </details>
  );
}
