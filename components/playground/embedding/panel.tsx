"use client";

import { useCallback, useMemo, useState } from "react";
import { postRun } from "@/lib/playground/run-client";
import { fieldMessage, requestIssues } from "@/lib/playground/field-issues";
import { draftField } from "@/lib/playground/draft";
import { describeOutput } from "@/lib/playground/run-summary";
import { upstreamCall } from "@/lib/playground/upstream";
import type { EmbeddingRequest, EmbeddingResponse } from "@/lib/schemas/playground";
import { makeRecord } from "../shared/make-record";
import { RequestIssues } from "../shared/request-issues";
import { RunBar } from "../shared/run-bar";
import { RunError } from "../shared/run-error";
import { RunMeta } from "../shared/run-meta";
import { TargetColumns } from "../shared/target-columns";
import { TextRows } from "../shared/text-rows";
import { targetLabel, type PanelProps, type PlaygroundTarget } from "../shared/types";
import { useDraftReport } from "../shared/use-draft-report";
import { useRequestCheck } from "../shared/use-request-check";
import { useSingleFlight } from "../shared/use-single-flight";
import { useTargetRuns, type TargetRun } from "../shared/use-target-runs";
import { ViewCodeDialog } from "../shared/view-code-dialog";
import { EmbeddingResult } from "./embedding-result";

const EXAMPLE = [
  "A man is playing a guitar on stage.",
  "Someone performs music with a guitar in front of an audience.",
  "The stock market fell sharply on Tuesday.",
];

/** The history row's words, as the saved run's (lib/playground/run-summary.ts). */
const describe = (r: EmbeddingResponse) => describeOutput("EMBEDDING", {}, r);

function restoredTexts(restored: PanelProps["restored"]): string[] | null {
  const texts = restored?.request.texts;
  return Array.isArray(texts) && texts.every((t) => typeof t === "string") ? (texts as string[]) : null;
}

export function EmbeddingPanel({ target, compare, restored, draft, onDraft, onRecord }: PanelProps) {
  const [texts, setTexts] = useState<string[]>(
    () => draftField.strings(draft, "texts") ?? restoredTexts(restored) ?? EXAMPLE,
  );
  useDraftReport(onDraft, { type: "EMBEDDING", texts });
  const request: EmbeddingRequest = useMemo(() => ({ texts: texts.filter((t) => t.trim() !== "") }), [texts]);
  const targets = useMemo(() => (compare ? [target, compare] : [target]), [target, compare]);
  const { issues: local, check } = useRequestCheck(target.model.id);

  const onSettled = useCallback(
    (t: PlaygroundTarget, run: TargetRun<EmbeddingResponse>) =>
      onRecord(makeRecord("EMBEDDING", t, request, run, describe)),
    [onRecord, request],
  );
  const { runs, start, running } = useTargetRuns<EmbeddingResponse>(onSettled, restored);
  const lastError = Object.values(runs).find((r) => r.error)?.error ?? null;
  const issues = requestIssues(local, lastError);

  const flight = useSingleFlight(async () => {
    if (!(await check(request))) return;
    await start(targets, (t, { signal }) =>
      postRun<EmbeddingResponse>(
        "/api/playground/execute",
        {
          modelId: t.model.id,
          deploymentId: t.deployment.id,
          label: targetLabel(t),
          modelType: "EMBEDDING",
          request,
        },
        signal,
      ).then(({ data, latencyMs }) => ({ result: data, latencyMs })),
    );
  });

  const call = upstreamCall({
    modelId: target.model.id,
    deploymentId: target.deployment.id,
    modelType: "EMBEDDING",
    request,
  });
  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="embedding-texts">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="embedding-texts" className="text-sm font-medium">
            Texts
          </h2>
          <p className="text-muted-foreground text-xs">Each text becomes one vector.</p>
        </div>
        <TextRows
          values={texts}
          onChange={setTexts}
          itemLabel="Text"
          max={256}
          errorFor={(i) => fieldMessage(issues, "texts", i)}
        />
        <RequestIssues issues={local} />
      </section>
      <RunBar
        running={running}
        pending={flight.pending}
        onRun={() => void flight.start()}
        runLabel="Embed"
        disabledReason={request.texts.length === 0 ? "Add at least one text." : null}
      >
        <ViewCodeDialog call={call} kind="EMBEDDING" target={target} />
      </RunBar>
      {Object.keys(runs).length > 0 && (
        <TargetColumns targets={targets}>
          {(t) => {
            const state = runs[t.deployment.id];
            const response = state?.result ?? null;
            return (
              <>
                {state && <RunMeta latencyMs={state.latencyMs} />}
                {state?.error && <RunError error={state.error} />}
                {state?.status === "running" && <p className="text-muted-foreground text-sm">Embedding…</p>}
                {response && <EmbeddingResult response={response} name={t.model.name} />}
              </>
            );
          }}
        </TargetColumns>
      )}
    </div>
  );
}
