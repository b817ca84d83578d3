"use client";

import { useCallback, useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { useQuery, useQueryClient } from "@tanstack/react-query";
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
import { ZOO_ROUTE_LABEL, zooEntries, zooKey, type ZooEntry } from "@/lib/playground/zoo";
import { PanelLoading } from "@/components/playground/shared/panel-loading";
import { DRAFT_URL_LIMIT, draftFor, type Draft } from "@/lib/playground/draft";
import { loadDraftCodec, useDraftCodec } from "@/lib/playground/use-draft-codec";
import { reopenRecord } from "@/lib/playground/reopen";
import { playgroundQueries } from "@/lib/queries/playground";
import { DeploymentGallery } from "./_components/deployment-gallery";
import { DeploymentPicker } from "./_components/deployment-picker";
import { HistorySheet } from "./_components/history-sheet";
import { PresetPicker } from "./_components/preset-picker";
import { useLegacyHistoryImport } from "./_components/use-legacy-history-import";
import { usePlaygroundCommandSource } from "./_components/use-playground-command-source";
import { usePlaygroundTargets } from "./_components/use-playground-targets";
import { playgroundSearchParams } from "./search-params";

const ZooPanel = dynamic(() => import("@/components/playground/zoo/panel").then((m) => m.ZooPanel), {
  loading: PanelLoading,
});

const REMOTE_ZOO_NOTE =
  "Scale GP lists the names these routes serve on no v4 route: these are your account's built-in models by name.";

export function PlaygroundClient() {
  const [params, setParams] = useQueryStates(playgroundSearchParams, { history: "push" });
  const { models, targets, groups, deploying, isPending, error } = usePlaygroundTargets();
  const { user, can, mode } = useConsole();
  const remote = mode.kind === "remote";
  const zoo = useMemo(() => zooEntries(models, remote), [models, remote]);
  const zooEntry = params.zoo ? (zoo.find((e) => zooKey(e) === params.zoo) ?? null) : null;
  const queryClient = useQueryClient();
  useLegacyHistoryImport(user.id);
  // A preset loaded (or a link followed) starts the panel afresh from its input.
  const [generation, setGeneration] = useState(0);
  const [linkTooLong, setLinkTooLong] = useState(false);
  const reopened = useQuery({ ...playgroundQueries.run(params.run ?? ""), enabled: Boolean(params.run) });
  const restored = reopened.data ? reopenRecord(reopened.data) : null;
  // A link's input is decoded once the codec has loaded; the panel waits for it only when there is one.
  const codec = useDraftCodec();
  const linked = useMemo(
    () => (codec && params.input ? codec.decode(params.input) : null),
    [codec, params.input],
  );
  const decoding = Boolean(params.input) && !codec;

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
    void setParams({
      deployment: next?.deployment.id ?? null,
      model: next?.model.id ?? null,
      compare: null,
      zoo: null,
      run: null,
      input: null,
    });
  };
  const chooseZoo = (entry: ZooEntry) => {
    void setParams({
      deployment: null,
      model: null,
      compare: null,
      q: null,
      zoo: zooKey(entry),
      run: null,
      input: null,
    });
  };
  const reopen = useCallback(
    (run: { id: string; deploymentId: string; modelId: string }) => {
      setGeneration((g) => g + 1);
      void setParams({
        deployment: run.deploymentId,
        model: run.modelId,
        compare: null,
        zoo: null,
        run: run.id,
        input: null,
        q: null,
      });
    },
    [setParams],
  );
  const loadDraft = useCallback(
    (draft: Draft) =>
      void loadDraftCodec().then(({ encode }) => {
        setGeneration((g) => g + 1);
        const q = draft.type === "RERANKING" && typeof draft.query === "string" ? draft.query : null;
        void setParams({ input: encode(draft), run: null, ...(q !== null ? { q } : {}) });
      }),
    [setParams],
  );
  const setUrlText = useCallback((q: string) => void setParams({ q }, { history: "replace" }), [setParams]);
  // The whole input follows edits into the URL; one too long for a link stays out of it (presets keep it).
  const [current, setCurrent] = useState<Draft | null>(null);
  const onDraft = useCallback(
    (draft: Draft) => {
      setCurrent(draft);
      void loadDraftCodec().then(({ encode }) => {
        const text = encode(draft);
        const fits = text.length <= DRAFT_URL_LIMIT;
        setLinkTooLong(!fits);
        void setParams({ input: fits ? text : null }, { history: "replace" });
      });
    },
    [setParams],
  );
  const onRecord = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: playgroundQueries.runLists() }),
    [queryClient],
  );

  return (
    <div className="space-y-6">
      {(target || zooEntry) && (
        <SetBreadcrumbs
          items={[
            { label: "Playground", href: hrefs.playground() },
            { label: target ? targetLabel(target) : zooEntry!.name },
          ]}
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
          ) : zooEntry ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <Badge variant="secondary">Model zoo · {ZOO_ROUTE_LABEL[zooEntry.route]}</Badge>
              <span className="font-mono text-xs">/v4/{zooEntry.route}</span>
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
              zoo={{
                entries: zoo,
                value: target ? null : zooEntry,
                onSelect: chooseZoo,
                note: remote ? REMOTE_ZOO_NOTE : undefined,
              }}
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
            {target && panel && <PresetPicker modelType={panel.type} current={current} onLoad={loadDraft} />}
            <HistorySheet onOpen={reopen} />
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
      {(isPending || decoding || (params.run && reopened.isPending)) && <Skeleton className="h-64 w-full" />}
      {reopened.error && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>The run could not be reopened</AlertTitle>
          <AlertDescription>{reopened.error.message}</AlertDescription>
        </Alert>
      )}
      {linkTooLong && (
        <p className="text-muted-foreground text-xs" role="status">
          This input is too long to keep in the link; save it as a preset to share it.
        </p>
      )}
      {!isPending && params.deployment && !target && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>This deployment cannot run here</AlertTitle>
          <AlertDescription>
            It does not exist, is not READY yet, or its model type has no playground. Choose another.
          </AlertDescription>
        </Alert>
      )}
      {target && panel && !decoding && !(params.run && reopened.isPending) && (
        <panel.Panel
          key={`${target.deployment.id}:${restored?.id ?? "new"}:${generation}`}
          target={target}
          compare={compare}
          restored={restored?.deploymentId === target.deployment.id ? restored : null}
          draft={draftFor(linked, panel.type)}
          onDraft={onDraft}
          onRecord={onRecord}
          urlText={params.q}
          setUrlText={setUrlText}
        />
      )}
      {!isPending && params.zoo && !target && !zooEntry && (
        <Alert variant="warning">
          <TriangleAlertIcon aria-hidden />
          <AlertTitle>This model is not served by name here</AlertTitle>
          <AlertDescription>
            No READY completion or chat model of that name answers /v4/completions or /v4/chat-completions in
            this account. Choose another from the Model zoo group.
          </AlertDescription>
        </Alert>
      )}
      {zooEntry && !target && <ZooPanel key={zooKey(zooEntry)} entry={zooEntry} />}
      {!isPending && !target && !zooEntry && groups.length > 0 && <DeploymentGallery groups={groups} />}
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
