"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { LayoutTemplateIcon, SearchIcon } from "lucide-react";

import { ModelCliMenu } from "@/components/models/model-cli-menu";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { ModelTypeValues } from "@/lib/egp/enums.gen";
import type { ModelType } from "@/lib/egp/types";
import type { ModelTemplate } from "@/lib/egp/types";
import type { ModelCli } from "@/lib/models/cli-format";
import { templateQueries } from "@/lib/queries/templates";
import { bySameName } from "@/lib/templates/same-name";
import { TemplateCard } from "./template-card";

const ALL = "all";

function TemplateGrid({
  label,
  templates,
  onPick,
}: {
  label: string;
  templates: ModelTemplate[];
  onPick: (templateId: string) => void;
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label={label}>
      {templates.map((template) => (
        <li key={template.id}>
          <TemplateCard template={template} onPick={() => onPick(template.id)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Step one: the account's templates, filtered by model type and a search over name and image.
 * `preferName` (a foreign model.json's template name) puts the templates of that name first.
 */
export function TemplatePicker({
  type,
  q,
  onFilter,
  onPick,
  onImport,
  preferName,
  searchLabel = "Search templates",
  autoFocusSearch = false,
}: {
  type: ModelType | null;
  q: string;
  onFilter: (next: { type?: ModelType | null; q?: string | null }) => void;
  onPick: (templateId: string) => void;
  onImport: (model: ModelCli) => void;
  preferName?: string | null;
  searchLabel?: string;
  autoFocusSearch?: boolean;
}) {
  const templates = useQuery(
    templateQueries.list({ limit: 100, sort: "name:asc", model_type: type ?? undefined }),
  );
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (templates.data?.items ?? []).filter((template) => {
      const image = template.vendor_configuration.bundle_config.image;
      return !needle || `${template.name} ${image}`.toLowerCase().includes(needle);
    });
  }, [templates.data, q]);
  const { same, others } = useMemo(() => bySameName(shown, preferName), [shown, preferName]);

  return (
    <section aria-labelledby="template-picker-title" className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <h2 id="template-picker-title" className="text-base font-semibold">
          Choose a template
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <div className="relative">
            <SearchIcon aria-hidden className="text-muted-foreground absolute top-2.5 left-2.5 size-4" />
            <Input
              type="search"
              aria-label={searchLabel}
              placeholder={searchLabel}
              autoFocus={autoFocusSearch}
              className="w-56 pl-8"
              value={q}
              onChange={(event) => onFilter({ q: event.target.value || null })}
            />
          </div>
          <Select
            value={type ?? ALL}
            onValueChange={(value) => onFilter({ type: value === ALL ? null : (value as ModelType) })}
          >
            <SelectTrigger aria-label="Model type" className="w-44">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL}>All model types</SelectItem>
              {ModelTypeValues.map((modelType) => (
                <SelectItem key={modelType} value={modelType}>
                  {modelType}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <ModelCliMenu onImport={onImport} />
        </div>
      </div>
      {templates.isPending ? (
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-32" />
          ))}
        </div>
      ) : templates.isError ? (
        <p role="alert" className="text-destructive text-sm">
          Templates could not be loaded: {templates.error.message}
        </p>
      ) : shown.length === 0 ? (
        <Empty className="border">
          <EmptyHeader>
            <EmptyMedia variant="icon">
              <LayoutTemplateIcon />
            </EmptyMedia>
            <EmptyTitle>No matching templates</EmptyTitle>
            <EmptyDescription>
              Clear the search or the type filter, or ask an admin to add a template.
            </EmptyDescription>
          </EmptyHeader>
        </Empty>
      ) : same.length > 0 ? (
        <>
          <h3 className="text-sm font-medium">
            Named “{preferName}” ({same.length})
          </h3>
          <TemplateGrid label={`Templates named ${preferName}`} templates={same} onPick={onPick} />
          {others.length > 0 && (
            <>
              <h3 className="text-muted-foreground text-sm font-medium">Other templates</h3>
              <TemplateGrid label="Other templates" templates={others} onPick={onPick} />
            </>
          )}
        </>
      ) : (
        <TemplateGrid label="Templates" templates={others} onPick={onPick} />
      )}
    </section>
  );
}
