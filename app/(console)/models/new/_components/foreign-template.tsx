"use client";

import { useQuery } from "@tanstack/react-query";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import type { ModelType } from "@/lib/egp/types";
import type { ModelCli } from "@/lib/models/cli-format";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import type { TemplateElsewhere } from "@/lib/templates/same-name";
import { TemplatePicker } from "./template-picker";

type Filter = { type?: ModelType | null; q?: string | null };

/** Here, not in lib/queries: only this page asks, and the shell's shared chunk stays as light. */
const elsewhereQuery = (id: string) => ({
  queryKey: ["templates", "elsewhere", id] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    fetchJson<TemplateElsewhere>(`${apiPaths.template(id)}/elsewhere`, { signal }),
  // A 404 says no other account has it: an answer, not a failure to retry.
  retry: false,
});

/**
 * A model.json whose template is not in this account. model.json carries only the template's id, so
 * its name comes from another of the user's accounts when one has it; otherwise the user types it.
 * Either way this account's templates of that name come first, among those of the file's type.
 */
export function ForeignTemplate({
  templateId,
  imported,
  type,
  q,
  onFilter,
  onPick,
  onImport,
}: {
  templateId: string;
  imported: ModelCli;
  type: ModelType | null;
  q: string;
  onFilter: (next: Filter) => void;
  onPick: (templateId: string) => void;
  onImport: (model: ModelCli) => void;
}) {
  const elsewhere = useQuery(elsewhereQuery(templateId));
  if (elsewhere.isPending)
    return (
      <div className="flex flex-col gap-2">
        <p role="status" className="text-muted-foreground text-sm">
          Looking for model.json&apos;s template in your other accounts…
        </p>
        <Skeleton className="h-40" />
      </div>
    );
  const found = elsewhere.data;
  const modelType = imported.model_type ?? found?.model_type ?? type;
  const ofType = modelType ? `, of type ${modelType}` : "";
  return (
    <div className="flex flex-col gap-4">
      <Alert>
        <AlertTitle className="line-clamp-none">
          model.json names a template that is not in this account
        </AlertTitle>
        <AlertDescription>
          {found ? (
            <p>
              Its template is <strong>{found.name}</strong>, in your account {found.account.name}. Pick the
              one to use here{ofType}: templates named {found.name} come first. The file&apos;s other fields
              stay filled in.
            </p>
          ) : (
            <p>
              Its template <code className="font-mono">{templateId}</code> was made elsewhere (another account
              or platform) and none of your accounts has it; model.json holds only its id. Type its name to
              find the one to use here{ofType}; the file&apos;s other fields stay filled in.
            </p>
          )}
        </AlertDescription>
      </Alert>
      <TemplatePicker
        type={modelType}
        q={q}
        onFilter={onFilter}
        onPick={onPick}
        onImport={onImport}
        preferName={found ? found.name : q}
        searchLabel={found ? "Search templates" : "Template name"}
        autoFocusSearch={!found}
      />
    </div>
  );
}
