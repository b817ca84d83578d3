"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { TriangleAlertIcon } from "lucide-react";

import { timeAgo } from "@/components/data-table/cells";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { hrefs } from "@/lib/hrefs";
import { modelQueries } from "@/lib/queries/models";
import { templateQueries } from "@/lib/queries/templates";
import { SHORT_ID } from "@/lib/same-name";

type Kind = "model" | "template";
type Named = { id: string; name: string; created_at: string };

function useSameNamed(kind: Kind, name: string): Named[] {
  const wanted = useDebouncedValue(name.trim(), 400);
  const params = { q: wanted, limit: 10 } as const;
  const on = wanted.length > 0;
  // Both hooks always run (one idle); the list search is a substring match, so exact names are kept.
  const models = useQuery({ ...modelQueries.list(params), enabled: on && kind === "model" });
  const templates = useQuery({ ...templateQueries.list(params), enabled: on && kind === "template" });
  const items: Named[] = (kind === "model" ? models.data?.items : templates.data?.items) ?? [];
  return wanted ? items.filter((item) => item.name === wanted) : [];
}

/**
 * Warns, before create, that the name is already in use: EGP allows it, but same-named items are
 * easy to mix up in pickers. Shows when and which (id) so the reader can tell them apart or reuse one.
 */
export function NameTaken({ kind, name }: { kind: Kind; name: string }) {
  const same = useSameNamed(kind, name);
  if (same.length === 0) return null;
  const href = (item: Named) => (kind === "model" ? hrefs.model(item.id) : hrefs.template(item.id));
  return (
    <div role="status" className="flex gap-2 text-sm text-amber-700 dark:text-amber-400">
      <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        {same.length === 1
          ? `A ${kind} named “${same[0]!.name}” already exists`
          : `${same.length} ${kind}s named “${same[0]!.name}” already exist`}
        {": "}
        {same.map((item, index) => (
          <span key={item.id}>
            {index > 0 && ", "}
            <Link href={href(item)} className="underline underline-offset-4" target="_blank">
              created {timeAgo(item.created_at)}, id {item.id.slice(0, SHORT_ID)}
            </Link>
          </span>
        ))}
        . You can still create it; a version in the name keeps them apart.
      </p>
    </div>
  );
}

/** NameTaken for the form's own `name` field (inside its FormProvider). */
export function FormNameTaken({ kind }: { kind: Kind }) {
  const name = useWatch({ name: "name" }) as unknown;
  return <NameTaken kind={kind} name={typeof name === "string" ? name : ""} />;
}
