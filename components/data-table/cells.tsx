"use client";

import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { humanize } from "./data-table-filter";

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 31_536_000],
  ["month", 2_592_000],
  ["week", 604_800],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

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

/** The row's main link: a readable title and, under it, the API name in mono. */
export function NameCell({
  href,
  title,
  subtitle,
  onIntent,
}: {
  href: string;
  title: string;
  subtitle?: string | null;
  onIntent?: () => void;
}) {
  return (
    <div className="flex max-w-[22rem] min-w-0 flex-col">
      <Link
        href={href}
        onMouseEnter={onIntent}
        className="truncate font-medium underline-offset-4 hover:underline focus-visible:underline"
      >
        {title}
      </Link>
      {subtitle && subtitle !== title && (
        <span className="text-muted-foreground truncate font-mono text-xs">{subtitle}</span>
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
