"use client";

import { useCallback, useState } from "react";
import { useQueryStates } from "nuqs";
import { FlaskConicalIcon, TriangleAlertIcon } from "lucide-react";
import { panelFor } from "@/components/playground/registry";
import { targetLabel, type PlaygroundTarget } from "@/components/playground/shared/types";
import { SetBreadcrumbs } from "@/components/shell/breadcrumbs";
import { PageHeader } from "@/components/shell/page-header";
import { useConsole } from "@/components/shell/role-gate";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Empty, EmptyDescription, EmptyHeader, EmptyMedia, EmptyTitle } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { hrefs } from "@/lib/hrefs";
import type { RunRecord } from "@/lib/playground/history";
import { useRunHistory } from "@/lib/playground/use-run-history";
import { DeploymentGallery } from "./_components/deployment-gallery";
import { DeploymentPicker } from "./_components/deployment-picker";
import { HistorySheet } from "./_components/history-sheet";
import { usePlaygroundCommandSource } from "./_components/use-playground-command-source";
import { usePlaygroundTargets } from "./_components/use-playground-targets";
import { playgroundSearchParams } from "./search-params";

export function PlaygroundClient() {
  const [params, setParams] = useQueryStates(playgroundSearchParams, { history: "push" });
  const { targets, groups, deploying, isPending, error } = usePlaygroundTargets();
  const { user, can } = useConsole();
  const history = useRunHistory(user.id);
  const [restored, setRestored] = useState<RunRecord | null>(null);

  // A link with only ?model= opens that model's first READY deployment.
  const target =
    targets.find((t) => t.deployment.id === params.deployment) ??
    (!params.deployment && params.model ? (targets.find((t) => t.model.id === params.model) ?? null) : null);
  usePlaygroundCommandSource(targets);
  const compare =
    (target &&
      targets.find(
        (t) => t.deployment.id === params.compare && t.model.model_type === target.model.model_type,
      )) ||
    null;
  const panel = target ? panelFor(target.model.model_type) : null;
  const sameType = target ? groups.filter((g) => g.panel.type === target.model.model_type) : [];
  const compareGroups = sameType.map((g) => ({ ...g, targets: g.targets.filter((t) => t !== target) }));

  const choose = (next: PlaygroundTarget | null) => {
    setRestored(null);
    void setParams({ deployment: next?.deployment.id ?? null, model: next?.model.id ?? null, compare: null });
  };
  const reopen = useCallback(
    (run: RunRecord) => {
      setRestored(run);
      const query = typeof run.request.query === "string" ? run.request.query : null;
      void setParams({ deployment: run.deploymentId, model: run.modelId, compare: null, q: query });
    },
    [setParams],
  );
  const setUrlText = useCallback((q: string) => void setParams({ q }, { history: "replace" }), [setParams]);

  return (
    <div className="space-y-6">
      {target && (
        <SetBreadcrumbs
          items={[{ label: "Playground", href: hrefs.playground() }, { label: targetLabel(target) }]}
        />
      )}
      <PageHeader
        title="Playground"
        description={
          target ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              {panel && <Badge variant="secondary">{panel.label}</Badge>}
              <span className="font-mono text-xs">{target.deployment.name}</span>
            </span>
          ) : (
            "Run a READY deployment with your own input, compare two, and copy the request into your code."
          )
        }
        actions={
          <>
            <DeploymentPicker
              groups={groups}
              value={target}
              onSelect={choose}
              label="Deployment"
              placeholder="Choose a deployment…"
            />
            {target && compareGroups[0]?.targets.length ? (
              <DeploymentPicker
                groups={compareGroups}
                value={compare}
                allowNone
                onSelect={(t) => void setParams({ compare: t?.deployment.id ?? null })}
                label="Compare with"
                placeholder="Compare with…"
              />
            ) : null}
            <HistorySheet
              runs={history.runs}
              onOpen={reopen}
              onClear={history.clear}
              onRemove={history.remove}
            />
          </>
        }
      />
      {!can("models:execute") && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>Read-only role</AlertTitle>
          <AlertDescription>Running models needs the member or admin role in this account.</AlertDescription>
        </Alert>
      )}
      {error && (
        <Alert variant="destructive">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>Deployments could not be loaded</AlertTitle>
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      )}
      {isPending && <Skeleton className="h-64 w-full" />}
      {!isPending && params.deployment && !target && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>This deployment cannot run here</AlertTitle>
          <AlertDescription>
            It does not exist, is not READY yet, or its model type has no playground. Choose another.
          </AlertDescription>
        </Alert>
      )}
      {target && panel && (
        <panel.Panel
          key={`${target.deployment.id}:${restored?.id ?? "new"}`}
          target={target}
          compare={compare}
          restored={restored?.deploymentId === target.deployment.id ? restored : null}
          onRecord={history.add}
          urlText={params.q}
          setUrlText={setUrlText}
        />
      )}
      {!isPending && !target && groups.length > 0 && <DeploymentGallery groups={groups} />}
      {!isPending && !error && groups.length === 0 && (
        <Empty className="min-h-80 flex-none border">
          <EmptyHeader>
            <EmptyMedia variant="icon">
              <FlaskConicalIcon />
            </EmptyMedia>
            <EmptyTitle>No READY deployments</EmptyTitle>
            <EmptyDescription>
              {deploying
                ? `${deploying === 1 ? "1 deployment is" : `${deploying} deployments are`} still deploying; this page updates when ${deploying === 1 ? "it is" : "they are"} READY.`
                : "Deploy a model to try it here."}
            </EmptyDescription>
          </EmptyHeader>
        </Empty>
      )}
    </div>
  );
}
