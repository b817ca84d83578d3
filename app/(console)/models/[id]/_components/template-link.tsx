"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";

import { hrefs } from "@/lib/hrefs";
import { templateQueries } from "@/lib/queries/templates";

/** The model's template by name (its id until the name arrives, or if the template is gone). */
export function TemplateLink({ templateId }: { templateId: string }) {
  const template = useQuery({ ...templateQueries.detail(templateId), retry: false });
  return (
    <Link className="text-primary hover:underline" href={hrefs.template(templateId)}>
      {template.data?.name ?? <span className="font-mono text-[13px]">{templateId}</span>}
    </Link>
  );
}
