"use client";

import { useId } from "react";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { timeAgo } from "@/lib/time-ago";
import { humanize } from "./data-table-filter";

export { timeAgo };

const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** "3 hours ago", with the exact time on hover and in the markup. */
export function TimeCell({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="text-muted-foreground">—</span>;
  return (
    <time
      suppressHydrationWarning
      dateTime={value}
      title={absolute.format(new Date(value))}
      className="text-muted-foreground"
    >
      {timeAgo(value)}
    </time>
  );
}

/**
 * The row's main link (plain text when the row has no page): a readable title and, under it, the API name
 * in mono. `hint` is set when another row on the page has the same title: what tells this one apart,
 * shown under it and read with the link.
 */
export function NameCell({
  href,
  title,
  subtitle,
  hint,
  onIntent,
}: {
  href?: string;
  title: string;
  subtitle?: string | null;
  hint?: string;
  onIntent?: () => void;
}) {
  const hintId = useId();
  return (
    // Each line truncates; on a phone it wraps instead (the table would push its other columns off screen).
    <div className="flex max-w-[22rem] min-w-0 flex-col *:truncate max-sm:*:whitespace-normal max-sm:*:[overflow-wrap:anywhere]">
      {href ? (
        <Link
          href={href}
          onMouseEnter={onIntent}
          aria-describedby={hint ? hintId : undefined}
          className="font-medium underline-offset-4 hover:underline focus-visible:underline"
        >
          {title}
        </Link>
      ) : (
        <span className="font-medium">{title}</span>
      )}
      {subtitle && subtitle !== title && (
        <span className="text-muted-foreground font-mono text-xs">{subtitle}</span>
      )}
      {hint && (
        <span id={hintId} className="text-muted-foreground text-xs">
          <span className="sr-only">Same name as another row: </span>
          <span suppressHydrationWarning>{hint}</span>
        </span>
      )}
    </div>
  );
}

export function ModelTypeBadge({ type }: { type: string }) {
  return (
    <Badge variant="outline" className="text-muted-foreground font-normal">
      {humanize(type)}
    </Badge>
  );
}

export function MutedCell({ children }: { children: React.ReactNode }) {
  return children ? <span className="text-muted-foreground">{children}</span> : <Dash />;
}

export function Dash() {
  return (
    <span className="text-muted-foreground" aria-label="None">
      —
    </span>
  );
}
