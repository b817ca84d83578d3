"use client";

import { InfoIcon } from "lucide-react";

import { useConsole } from "@/components/shell/role-gate";

/**
 * List controls the EGP API does not offer (its spec lists only page, limit, account and, for some lists,
 * sort_by, model_type and model_group_id). The embedded server implements them as extensions; a remote
 * EGP ignores them, so the results are not narrowed.
 */
export const REMOTE_UNSUPPORTED = {
  models: { q: "name search", vendor: "vendor filter", origin: "built-in/custom filter" },
  templates: { q: "name search", model_type: "type filter", sort: "sorting" },
  deployments: { q: "name search", status: "status filter" },
  groups: { q: "name search", sort: "sorting" },
  "fine-tuning jobs": { status: "status filter", model: "base-model filter" },
  "training datasets": { q: "name search" },
} as const satisfies Record<string, Record<string, string>>;

export type ListResource = keyof typeof REMOTE_UNSUPPORTED;

/** Which of `state`'s active controls a remote EGP would ignore for this list. */
export function ignoredRemotely(resource: ListResource, state: Record<string, unknown>): string[] {
  return Object.entries(REMOTE_UNSUPPORTED[resource])
    .filter(([key]) => state[key] !== null && state[key] !== undefined && state[key] !== "")
    .map(([, label]) => label);
}

/** Says so, in remote mode, when the list shows results that an active control did not narrow. */
export function RemoteFilterNotice({
  resource,
  state,
}: {
  resource: ListResource;
  state: Record<string, unknown>;
}) {
  const { mode } = useConsole();
  const ignored = mode.kind === "remote" ? ignoredRemotely(resource, state) : [];
  if (ignored.length === 0) return null;
  const list = new Intl.ListFormat("en", { type: "disjunction" }).format(ignored);
  return (
    <p role="status" className="text-muted-foreground flex items-start gap-2 text-sm">
      <InfoIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        The EGP API has no {list} for {resource}, so these results are not narrowed by{" "}
        {ignored.length > 1 ? "them" : "it"}. The embedded local server supports{" "}
        {ignored.length > 1 ? "them" : "it"}.
      </span>
    </p>
  );
}
