import type { LucideIcon } from "lucide-react";

/** What an empty list says: what is missing and what to do next (`action`, e.g. a link). */
export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
}: {
  icon: LucideIcon;
  title: string;
  description?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-sm flex-col items-center gap-2">
      <span className="bg-muted mb-1 flex size-10 items-center justify-center rounded-lg">
        <Icon aria-hidden className="size-5" />
      </span>
      <p className="font-medium">{title}</p>
      {description && <p className="text-muted-foreground text-sm text-balance">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
