"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { ApiError } from "@/lib/api/errors";
import { hrefs } from "@/lib/hrefs";
import { toast } from "@/lib/toast";

import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { RoleGate } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import type { ModelCli } from "@/lib/models/cli-format";
import { templateQueries } from "@/lib/queries/templates";
import { CreateModel } from "./_components/create-model";
import { ForeignTemplate } from "./_components/foreign-template";
import { TemplatePicker } from "./_components/template-picker";
import { newModelSearchParams } from "./search-params";

const isNotFound = (error: Error) => error instanceof ApiError && error.code === "not_found";

export function NewModelClient() {
  const [state, setState] = useQueryStates(newModelSearchParams, { history: "push" });
  const [imported, setImported] = useState<ModelCli | null>(null);
  const template = useQuery({ ...templateQueries.detail(state.template ?? ""), enabled: !!state.template });

  const onImport = (model: ModelCli) => {
    setImported(model);
    if (model.model_template_id) void setState({ template: model.model_template_id });
    else
      toast.info("model.json names no template", {
        description: "Choose one; the other fields are filled in.",
      });
  };

  return (
    <div className="flex flex-col gap-6">
      <SetBreadcrumbs items={[{ label: "Models", href: hrefs.models() }, { label: "New model" }]} />
      <PageHeader
        title="New model"
        description={
          state.template
            ? "Name the model, fill in its template's parameters and deploy it."
            : "Start from a template: it decides the model type, what runs and which parameters it takes."
        }
      />
      <RoleGate
        action="models:write"
        fallback={
          <Alert>
            <AlertTitle>You can look, not create</AlertTitle>
            <AlertDescription>
              Creating models needs the member or admin role in this account.
            </AlertDescription>
          </Alert>
        }
      >
        {!state.template ? (
          <TemplatePicker
            type={state.type}
            q={state.q}
            onFilter={(next) => void setState(next, { history: "replace" })}
            onPick={(id) => void setState({ template: id })}
            onImport={onImport}
          />
        ) : template.isPending ? (
          <div className="grid gap-6 lg:grid-cols-3">
            <Skeleton className="h-96 lg:col-span-2" />
            <Skeleton className="h-48" />
          </div>
        ) : template.isError && imported && isNotFound(template.error) ? (
          <ForeignTemplate
            templateId={state.template}
            imported={imported}
            type={state.type}
            q={state.q}
            onFilter={(next) => void setState(next, { history: "replace" })}
            onPick={(id) => void setState({ template: id })}
            onImport={onImport}
          />
        ) : template.isError ? (
          <Alert variant="destructive">
            <AlertTitle>The template could not be loaded</AlertTitle>
            <AlertDescription>
              {template.error.message}{" "}
              <button type="button" className="underline" onClick={() => void setState({ template: null })}>
                Choose another template
              </button>
            </AlertDescription>
          </Alert>
        ) : (
          <CreateModel
            key={`${template.data.id}:${imported ? JSON.stringify(imported) : ""}`}
            template={template.data}
            imported={imported}
            onImport={onImport}
            onChangeTemplate={() => void setState({ template: null })}
          />
        )}
      </RoleGate>
    </div>
  );
}
