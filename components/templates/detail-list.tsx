import { cn } from "@/lib/utils";

export type DetailItem = { label: string; value: React.ReactNode; mono?: boolean };

/** Label/value pairs for a resource's configuration; empty values read "Not set". */
export function DetailList({ items, className }: { items: DetailItem[]; className?: string }) {
  return (
    <dl className={cn("grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2", className)}>
      {items.map((item) => (
        <div key={item.label} className="min-w-0 space-y-1">
          <dt className="text-muted-foreground text-xs font-medium">{item.label}</dt>
          <dd className={cn("break-words", item.mono && "font-mono text-[13px]")}>
            {item.value === undefined || item.value === null || item.value === "" ? (
              <span className="text-muted-foreground font-sans text-sm">Not set</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
