"use client";

import { useCallback, useMemo, useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import type { CompletionState } from "@/lib/playground/completion-stream";
import { fieldMessage, requestIssues } from "@/lib/playground/field-issues";
import { localIssues } from "@/lib/playground/local-issues";
import { describeIssue } from "@/lib/playground/request-issue";
import { draftField } from "@/lib/playground/draft";
import { upstreamCall } from "@/lib/playground/upstream";
import { completionRequestSchema, type CompletionRequest } from "@/lib/schemas/playground";
import {
  GenerationParams,
  generationFields,
  restoredGeneration,
  type GenerationValues,
} from "../shared/generation-params";
import { makeRecord } from "../shared/make-record";
import { RequestIssues } from "../shared/request-issues";
import { RunBar } from "../shared/run-bar";
import { describeGeneration, runGeneration } from "../shared/run-generation";
import { TargetColumns } from "../shared/target-columns";
import { targetLabel, type PanelProps, type PlaygroundTarget } from "../shared/types";
import { useDraftReport } from "../shared/use-draft-report";
import { useRequestCheck } from "../shared/use-request-check";
import { useSingleFlight } from "../shared/use-single-flight";
import { useTargetRuns, type TargetRun } from "../shared/use-target-runs";
import { ViewCodeDialog } from "../shared/view-code-dialog";
import { CompletionOutput } from "./completion-output";

export function CompletionPanel({ target, compare, restored, draft, onDraft, onRecord }: PanelProps) {
  const source = draft ?? restored?.request;
  const [prompt, setPrompt] = useState(() => draftField.string(source, "prompt") ?? "Once upon a time");
  const [params, setParams] = useState<GenerationValues>(() => restoredGeneration(source));
  useDraftReport(onDraft, { type: "COMPLETION", prompt, ...generationFields(params) });
  const request: CompletionRequest = useMemo(
    () => ({ prompt, ...generationFields(params) }),
    [prompt, params],
  );
  const targets = useMemo(() => (compare ? [target, compare] : [target]), [target, compare]);
  const { issues: local, check } = useRequestCheck(target.model.id);

  const onSettled = useCallback(
    (t: PlaygroundTarget, run: TargetRun<CompletionState>) =>
      onRecord(makeRecord("COMPLETION", t, request, run, describeGeneration)),
    [onRecord, request],
  );
  const { runs, start, stop, running } = useTargetRuns<CompletionState>(onSettled, restored);
  const lastError = Object.values(runs).find((r) => r.error)?.error ?? null;
  const problems = useMemo(() => localIssues(completionRequestSchema, request), [request]);
  const issues = requestIssues([...problems, ...local], lastError);

  const flight = useSingleFlight(async () => {
    if (problems.length > 0 || !(await check(request))) return;
    await start(targets, (t, ctx) =>
      runGeneration(
        {
          modelId: t.model.id,
          deploymentId: t.deployment.id,
          label: targetLabel(t),
          modelType: "COMPLETION",
          request,
        },
        ctx,
      ),
    );
  });

  const promptError = fieldMessage(issues, "prompt");
  const call = upstreamCall({
    modelId: target.model.id,
    deploymentId: target.deployment.id,
    modelType: "COMPLETION",
    request,
  });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0 space-y-4">
        <div className="space-y-1.5">
          <label htmlFor="completion-prompt" className="text-sm font-medium">
            Prompt
          </label>
          <Textarea
            id="completion-prompt"
            value={prompt}
            rows={6}
            onChange={(e) => setPrompt(e.target.value)}
            aria-invalid={promptError ? true : undefined}
            className="min-h-32 font-mono"
          />
          {promptError && (
            <p className="text-destructive text-xs" role="alert">
              {promptError}
            </p>
          )}
        </div>
        <RequestIssues issues={local} />
        <RunBar
          running={running}
          pending={flight.pending}
          onRun={() => void flight.start()}
          onStop={stop}
          runLabel="Generate"
          disabledReason={problems[0] ? describeIssue(problems[0]) : null}
        >
          <ViewCodeDialog call={call} kind="COMPLETION" target={target} />
        </RunBar>
        {Object.keys(runs).length > 0 && (
          <TargetColumns targets={targets}>
            {(t) => runs[t.deployment.id] && <CompletionOutput run={runs[t.deployment.id]} />}
          </TargetColumns>
        )}
      </div>
      <aside className="space-y-4 lg:border-l lg:pl-6" aria-label="Parameters">
        <h2 className="text-sm font-medium">Parameters</h2>
        <GenerationParams
          values={params}
          onChange={setParams}
          errorFor={(field) => fieldMessage(issues, field)}
        />
      </aside>
    </div>
  );
}
